#!/usr/bin/env python3
"""Compares `optimus detect` 2D keypoints (COCO-17 keypoints2d.json) with OpenPose BODY_25B JSON of the
same video (one file per frame, e.g. Pose2Sim's pose/cam01_json): per-joint median and mean pixel
distance over the 12 limb joints (shoulders, elbows, wrists, hips, knees, ankles), where both found
the joint (our visibility > 0, OpenPose confidence > 0). Standard library only.

usage: scripts/detect_vs_openpose.py OUR_DIR/keypoints2d.json OPENPOSE_FOLDER
"""
import json
import math
import os
import statistics
import sys

# COCO-17 and BODY_25B share indices 5..16 (LShoulder, RShoulder, LElbow, RElbow, LWrist, RWrist,
# LHip, RHip, LKnee, RKnee, LAnkle, RAnkle).
NAMES = ["l_shoulder", "r_shoulder", "l_elbow", "r_elbow", "l_wrist", "r_wrist",
         "l_hip", "r_hip", "l_knee", "r_knee", "l_ankle", "r_ankle"]


def main(ours_file, openpose_dir):
    ours = {e["image_id"]: e["keypoints"] for e in json.load(open(ours_file))}
    frames = sorted(f for f in os.listdir(openpose_dir) if f.endswith(".json"))
    errors = {n: [] for n in NAMES}
    # Per frame, the mean over joints with left and right exchanged on our side, when that is closer:
    # tells a front/back (hence left/right) confusion apart from landmarks off the body.
    forgiving = []
    for i, name in enumerate(frames):
        people = json.load(open(os.path.join(openpose_dir, name))).get("people", [])
        if not people or i not in ours:
            continue
        ref = max(people, key=lambda p: sum(p["pose_keypoints_2d"][2::3]))["pose_keypoints_2d"]
        kp = ours[i]
        straight, swapped = [], []
        for j, joint in enumerate(NAMES, start=5):
            if kp[3 * j + 2] > 0 and ref[3 * j + 2] > 0:
                errors[joint].append(math.hypot(kp[3 * j] - ref[3 * j], kp[3 * j + 1] - ref[3 * j + 1]))
                other = j + 1 if j % 2 == 1 else j - 1
                straight.append(errors[joint][-1])
                swapped.append(math.hypot(kp[3 * other] - ref[3 * j], kp[3 * other + 1] - ref[3 * j + 1]))
        if straight:
            forgiving.extend(straight if sum(straight) <= sum(swapped) else swapped)
    everything = [e for v in errors.values() for e in v]
    for joint in NAMES:
        v = errors[joint]
        if v:
            print(f"{joint:11s} median {statistics.median(v):6.1f} px  mean {statistics.mean(v):6.1f} px  n {len(v)}")
    print(f"{'all':11s} median {statistics.median(everything):6.1f} px  mean {statistics.mean(everything):6.1f} px"
          f"  n {len(everything)}")
    print(f"{'all, L/R':11s} median {statistics.median(forgiving):6.1f} px  mean {statistics.mean(forgiving):6.1f} px"
          f"  (left/right exchanged in frames where that fits better)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
