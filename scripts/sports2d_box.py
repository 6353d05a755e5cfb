#!/usr/bin/env python3
"""Back-projects the Sports2D box's edge pixels (read by eye on frame 229, docs/real-sports2d.md) through the
case camera: the ground line onto z = 0 gives the front face's X, the roof edge onto that face gives the top.
Usage: scripts/sports2d_box.py CASE/camera.json"""
import json, sys
import numpy as np

cam = json.load(open(sys.argv[1]))
R = np.array(cam['rotation']); t = np.array(cam['translation_m'])
C = -R.T @ t


def ray(u, v):
    d = R.T @ np.array([(u - cam['cx']) / cam['fx'], (v - cam['cy']) / cam['fy'], 1.0])
    return d / np.linalg.norm(d)


def on_plane(u, v, axis, value):
    d = ray(u, v)
    return C + (value - C[axis]) / d[axis] * d


print('camera centre', C.round(3), 'viewing direction', R[2].round(4))
ground = [(80, 877), (400, 883), (730, 883)]  # front wall meets the grass
xs = [on_plane(u, v, 2, 0.0) for u, v in ground]
for (u, v), p in zip(ground, xs):
    print('ground line', (u, v), '->', p.round(2))
xf = float(np.mean([p[0] for p in xs]))
print('front face X = %.2f m (depth %.2f m)' % (xf, C[0] - xf))
for u, v in [(20, 437), (80, 440), (400, 449), (733, 458), (780, 458)]:  # roof slab's top edge
    print('roof edge', (u, v), '->', on_plane(u, v, 0, xf).round(2))
for u in [20, 79, 733, 780]:  # slab left end, wall left edge, wall right edge, slab right end
    print('vertical edge u=%d -> Y = %.2f' % (u, on_plane(u, 700, 0, xf)[1]))
