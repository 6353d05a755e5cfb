#!/usr/bin/env python3
"""2D reprojection error vs detections, foot keypoint penetration of ground/box, for a reconstructed keypoints3d.csv.
Usage: scripts/scene_fit_metrics.py CASE FIT/keypoints3d.csv [per-frame]"""
import sys, json, numpy as np
case, pred = sys.argv[1], sys.argv[2]
cam = json.load(open(case + '/camera.json')); R = np.array(cam['rotation']); t = np.array(cam['translation_m'])
box = json.load(open(case + '/scene.json'))['boxes'][0]; c = np.array(box['center']); h = np.array(box['halfExtents'])
def load(path, n):
    rows = {}
    for l in open(path):
        if l[0] == '#' or l.startswith('frame'): continue
        p = l.strip().split(','); rows.setdefault(int(p[0]), {})[p[1]] = np.array([float(x) for x in p[2:2 + n]])
    return rows
P = load(pred, 3); D = load(case + '/keypoints2d.csv', 3)
errs = []; per_frame = {}
for f in P:
    if f not in D: continue
    e = []
    for k, x in P[f].items():
        d = D[f].get(k)
        if d is None or d[2] < 0.5: continue
        xc = R @ x + t; u = cam['fx'] * xc[0] / xc[2] + cam['cx']; v = cam['fy'] * xc[1] / xc[2] + cam['cy']
        e.append(np.hypot(u - d[0], v - d[1]))
    if e: errs += e; per_frame[f] = np.mean(e)
errs = np.array(errs)
feet = ['left_ankle', 'right_ankle', 'left_toe', 'right_toe']
below_ground = 0; inside_box = 0; worst_ground = 0; worst_box = 0; n = 0
for f in P:
    for k in feet:
        x = P[f][k]; n += 1
        if x[2] < 0: below_ground += 1; worst_ground = max(worst_ground, -x[2])
        q = h - np.abs(x - c)
        if (q > 0).all(): inside_box += 1; worst_box = max(worst_box, q.min())
pf = np.array([per_frame[f] for f in sorted(per_frame)])
print(json.dumps({'mpjpe_2d_px_mean': round(float(errs.mean()), 1), 'mpjpe_2d_px_median': round(float(np.median(errs)), 1),
  'frames_2d_over_50px': int((pf > 50).sum()), 'frames_scored': len(pf),
  'foot_kp_below_ground_frac': round(below_ground / n, 3), 'worst_below_ground_m': round(worst_ground, 3),
  'foot_kp_inside_box_frac': round(inside_box / n, 3), 'worst_inside_box_m': round(worst_box, 3)}))
if len(sys.argv) > 3:
    for f in sorted(per_frame):
        if f % 10 == 0: print(f, round(per_frame[f], 1))
# Foot skate like MotionMetrics (% of frame pairs with a contacting foot keypoint moving > 0.5 m/s horizontally),
# contact = within 5 cm of its support: the ground (lowest foot keypoint away from the box) or the box top
# (lowest foot keypoint over the box footprint). fps 30.
fs = sorted(P); over = lambda x: (np.abs(x[:2] - c[:2]) <= h[:2]).all()
zg = min(P[f][k][2] for f in fs for k in feet if not over(P[f][k]))
zb = min([P[f][k][2] for f in fs for k in feet if over(P[f][k]) and P[f][k][2] > 1.0] or [np.nan])
maxstep = 0.5 / 30; sk = 0; pairs = 0; onbox = 0
for a, b in zip(fs, fs[1:]):
    if b != a + 1: continue
    pairs += 1
    for k in feet:
        x = P[a][k]; y = P[b][k]; sup = zb if over(x) and x[2] > 1.0 else zg
        if x[2] - sup < 0.05 and np.hypot(*(y[:2] - x[:2])) > maxstep: sk += 1; break
print(json.dumps({'ground_foot_z_m': round(zg, 3), 'box_foot_z_m': round(float(zb), 3), 'foot_skate_pct': round(100 * sk / pairs, 1)}))
