#!/usr/bin/env python3
"""Draws a keypoints3d.csv reprojected (blue) and the scene box (white) on an extracted frame PNG.
Usage: scripts/sports2d_overlay.py CASE FIT/keypoints3d.csv FRAME.png FRAME OUT.png (FRAME.png: a full-size frame from
`optimus detect --draw-frames N --draw-size 1768`; OUT.png at half size)."""
import os, sys, json
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import png_tiny as png
case, pred, frame_png, frame, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
cam = json.load(open(case + '/camera.json')); R = np.array(cam['rotation']); t = np.array(cam['translation_m'])
def proj(x):
    xc = R @ x + t; return np.array([cam['fx'] * xc[0] / xc[2] + cam['cx'], cam['fy'] * xc[1] / xc[2] + cam['cy']])
img = png.read(frame_png).copy()
def line(a, b, col, w=2):
    n = int(max(abs(b - a)) + 1)
    for s in np.linspace(0, 1, n):
        p = a + s * (b - a); u, v = int(p[0]), int(p[1])
        img[max(v - w, 0):max(v + w, 0), max(u - w, 0):max(u + w, 0)] = col
box = json.load(open(case + '/scene.json'))['boxes'][0]; c = np.array(box['center']); h = np.array(box['halfExtents'])
for ax in range(3):
    u, v = (ax + 1) % 3, (ax + 2) % 3
    for k in range(4):
        a = c.copy(); a[u] += h[u] * (1 if k & 1 else -1); a[v] += h[v] * (1 if k & 2 else -1); b = a.copy(); a[ax] -= h[ax]; b[ax] += h[ax]
        line(proj(a), proj(b), [255, 255, 255], 3)
P = {}
for l in open(pred):
    if l[0] == '#' or l.startswith('frame'): continue
    p = l.strip().split(',')
    if int(p[0]) == frame: P[p[1]] = np.array([float(x) for x in p[2:5]])
bones = [('pelvis','right_hip'),('pelvis','left_hip'),('right_hip','right_knee'),('right_knee','right_ankle'),('right_ankle','right_toe'),
 ('left_hip','left_knee'),('left_knee','left_ankle'),('left_ankle','left_toe'),('pelvis','spine'),('spine','thorax'),('thorax','neck'),('neck','head'),
 ('thorax','left_shoulder'),('left_shoulder','left_elbow'),('left_elbow','left_wrist'),('thorax','right_shoulder'),('right_shoulder','right_elbow'),('right_elbow','right_wrist')]
for a, b in bones:
    if a in P and b in P: line(proj(P[a]), proj(P[b]), [40, 90, 255], 5)
png.write(out, img[::2, ::2].copy())
