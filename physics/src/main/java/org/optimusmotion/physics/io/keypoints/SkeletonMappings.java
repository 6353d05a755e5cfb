package org.optimusmotion.physics.io.keypoints;

import static org.optimusmotion.physics.model.Keypoint.HEAD;
import static org.optimusmotion.physics.model.Keypoint.LEFT_ANKLE;
import static org.optimusmotion.physics.model.Keypoint.LEFT_ELBOW;
import static org.optimusmotion.physics.model.Keypoint.LEFT_HIP;
import static org.optimusmotion.physics.model.Keypoint.LEFT_KNEE;
import static org.optimusmotion.physics.model.Keypoint.LEFT_SHOULDER;
import static org.optimusmotion.physics.model.Keypoint.LEFT_TOE;
import static org.optimusmotion.physics.model.Keypoint.LEFT_WRIST;
import static org.optimusmotion.physics.model.Keypoint.NECK;
import static org.optimusmotion.physics.model.Keypoint.PELVIS;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_ANKLE;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_ELBOW;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_HIP;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_KNEE;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_SHOULDER;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_TOE;
import static org.optimusmotion.physics.model.Keypoint.RIGHT_WRIST;
import static org.optimusmotion.physics.model.Keypoint.SPINE;
import static org.optimusmotion.physics.model.Keypoint.THORAX;

import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.model.Keypoint;

/**
 * The predefined skeleton layouts and their mappings onto the canonical keypoints.
 *
 * <p><b>Derived keypoints</b>, the same in every mapping so that tracks from different sources agree:
 * <ul>
 *   <li>{@code PELVIS} = mean of the two hip joints (not the BVH root, whose position varies by rig);</li>
 *   <li>{@code THORAX} = mean of the two shoulder (upper-arm) joints;</li>
 *   <li>{@code SPINE} = mean of {@code PELVIS} and {@code THORAX};</li>
 *   <li>{@code HEAD} = centre of the head: mean of the ears (COCO, BODY_25, MediaPipe), mean of head
 *       top and nose (BODY_25B, Pose2Sim TRC), mean of head joint and its end site (CMU BVH), head
 *       joint and eyes (CC_Base, Daz);</li>
 *   <li>{@code NECK} = mean of {@code THORAX} and {@code HEAD} where the source has no neck joint
 *       (all 2D formats; OpenPose's "Neck" is at shoulder level, i.e. our thorax); the BVH rigs'
 *       upper neck joint otherwise;</li>
 *   <li>{@code *_TOE} = mean of big and small toe (OpenPose, TRC), {@code foot_index} (MediaPipe), the
 *       toe-base joint (BVH rigs; the foot's end site for Daz); not available in COCO-17 and H36M-17.</li>
 * </ul>
 * Human3.6M-17 maps one to one (its joint 9 "Neck/Nose" onto {@code NECK}, joint 10 "Head" (top) onto
 * {@code HEAD}).
 */
public final class SkeletonMappings {

    /** COCO-17 keypoint names in file order. */
    public static final List<String> COCO_17_JOINTS = List.of("nose", "left_eye", "right_eye", "left_ear",
            "right_ear", "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist",
            "right_wrist", "left_hip", "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle");

    /** OpenPose BODY_25 keypoint names in file order. */
    public static final List<String> OPENPOSE_BODY_25_JOINTS = List.of("Nose", "Neck", "RShoulder", "RElbow",
            "RWrist", "LShoulder", "LElbow", "LWrist", "MidHip", "RHip", "RKnee", "RAnkle", "LHip", "LKnee",
            "LAnkle", "REye", "LEye", "REar", "LEar", "LBigToe", "LSmallToe", "LHeel", "RBigToe", "RSmallToe",
            "RHeel");

    /** OpenPose BODY_25B keypoint names in file order (the Pose2Sim demo's model). */
    public static final List<String> OPENPOSE_BODY_25B_JOINTS = List.of("Nose", "LEye", "REye", "LEar", "REar",
            "LShoulder", "RShoulder", "LElbow", "RElbow", "LWrist", "RWrist", "LHip", "RHip", "LKnee", "RKnee",
            "LAnkle", "RAnkle", "Neck", "Head", "LBigToe", "LSmallToe", "LHeel", "RBigToe", "RSmallToe", "RHeel");

    /** MediaPipe Pose landmark names in file order (33). */
    public static final List<String> MEDIAPIPE_33_JOINTS = List.of("nose", "left_eye_inner", "left_eye",
            "left_eye_outer", "right_eye_inner", "right_eye", "right_eye_outer", "left_ear", "right_ear",
            "mouth_left", "mouth_right", "left_shoulder", "right_shoulder", "left_elbow", "right_elbow",
            "left_wrist", "right_wrist", "left_pinky", "right_pinky", "left_index", "right_index", "left_thumb",
            "right_thumb", "left_hip", "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle",
            "left_heel", "right_heel", "left_foot_index", "right_foot_index");

    /** Human3.6M-17 joint names in the usual order. */
    public static final List<String> H36M_17_JOINTS = List.of("hip", "right_hip", "right_knee", "right_foot",
            "left_hip", "left_knee", "left_foot", "spine", "thorax", "neck_nose", "head", "left_shoulder",
            "left_elbow", "left_wrist", "right_shoulder", "right_elbow", "right_wrist");

    public static final SkeletonMapping COCO_17 = limbs(SkeletonMapping.builder("coco17"),
            "left_", "right_", "hip", "knee", "ankle", "shoulder", "elbow", "wrist")
            .mean(HEAD, "left_ear", "right_ear")
            .meanOf(NECK, THORAX, HEAD)
            .build();

    public static final SkeletonMapping OPENPOSE_BODY_25 = limbs(SkeletonMapping.builder("openpose_body25"),
            "L", "R", "Hip", "Knee", "Ankle", "Shoulder", "Elbow", "Wrist")
            .mean(HEAD, "LEar", "REar")
            .meanOf(NECK, THORAX, HEAD)
            .mean(LEFT_TOE, "LBigToe", "LSmallToe")
            .mean(RIGHT_TOE, "RBigToe", "RSmallToe")
            .build();

    public static final SkeletonMapping OPENPOSE_BODY_25B = limbs(SkeletonMapping.builder("openpose_body25b"),
            "L", "R", "Hip", "Knee", "Ankle", "Shoulder", "Elbow", "Wrist")
            .mean(HEAD, "Head", "Nose")
            .meanOf(NECK, THORAX, HEAD)
            .mean(LEFT_TOE, "LBigToe", "LSmallToe")
            .mean(RIGHT_TOE, "RBigToe", "RSmallToe")
            .build();

    /** Pose2Sim TRC markers (BODY_25B names without eyes and ears). */
    public static final SkeletonMapping POSE2SIM_TRC = limbs(SkeletonMapping.builder("pose2sim_trc"),
            "L", "R", "Hip", "Knee", "Ankle", "Shoulder", "Elbow", "Wrist")
            .mean(HEAD, "Head", "Nose")
            .meanOf(NECK, THORAX, HEAD)
            .mean(LEFT_TOE, "LBigToe", "LSmallToe")
            .mean(RIGHT_TOE, "RBigToe", "RSmallToe")
            .build();

    public static final SkeletonMapping MEDIAPIPE_33 = limbs(SkeletonMapping.builder("mediapipe33"),
            "left_", "right_", "hip", "knee", "ankle", "shoulder", "elbow", "wrist")
            .mean(HEAD, "left_ear", "right_ear")
            .meanOf(NECK, THORAX, HEAD)
            .direct(LEFT_TOE, "left_foot_index")
            .direct(RIGHT_TOE, "right_foot_index")
            .build();

    public static final SkeletonMapping H36M_17 = h36m();

    /** cgspeed conversion of the CMU database (Hips, LeftUpLeg, LeftLeg, LeftFoot, LeftToeBase, LeftArm, ...). */
    public static final SkeletonMapping CMU_BVH = bvh("cmu_bvh", "Left", "Right", "UpLeg", "Leg", "Foot",
            "ToeBase", "Arm", "ForeArm", "Hand")
            .mean(HEAD, "Head", "Head_End")
            .direct(NECK, "Neck1")
            .build();

    /** cgspeed "max" conversion used for subject 131 (LeftHip, LeftKnee, LeftAnkle, LeftToe, LeftShoulder, ...). */
    public static final SkeletonMapping CMU_BVH_MAX = bvh("cmu_bvh_max", "Left", "Right", "Hip", "Knee", "Ankle",
            "Toe", "Shoulder", "Elbow", "Wrist")
            .mean(HEAD, "Head", "Head_End")
            .direct(NECK, "Neck")
            .build();

    /** amc2bvh output with the CMU ASF bone names (lfemur, ltibia, lfoot, ltoes, lhumerus, ...). */
    public static final SkeletonMapping CMU_ASF_BVH = bvh("cmu_asf_bvh", "l", "r", "femur", "tibia", "foot",
            "toes", "humerus", "radius", "wrist")
            .mean(HEAD, "head", "head_End")
            .direct(NECK, "upperneck")
            .build();

    /** Daz-friendly conversion of CMU (hip, lThigh, lShin, lFoot, lShldr, lForeArm, lHand, ...). */
    public static final SkeletonMapping DAZ_BVH = bvh("daz_bvh", "l", "r", "Thigh", "Shin", "Foot",
            "Foot_End", "Shldr", "ForeArm", "Hand")
            .weighted(HEAD, new String[] {"head", "leftEye", "rightEye"}, new double[] {0.5, 0.25, 0.25})
            .direct(NECK, "neck")
            .build();

    /** iClone Character Creator rig (CC_Base_L_Thigh, CC_Base_L_Calf, ..., CC_Base_Head). */
    public static final SkeletonMapping CC_BASE_BVH = bvh("cc_base_bvh", "CC_Base_L_", "CC_Base_R_", "Thigh",
            "Calf", "Foot", "ToeBase", "Upperarm", "Forearm", "Hand")
            .weighted(HEAD, new String[] {"CC_Base_Head", "CC_Base_L_Eye", "CC_Base_R_Eye"},
                    new double[] {0.5, 0.25, 0.25})
            .direct(NECK, "CC_Base_NeckTwist02")
            .build();

    /** Our own BVH export ({@code BvhFromKeypoints}): one joint per canonical keypoint, named by it. */
    public static final SkeletonMapping OPTIMUS_BVH = canonical();

    /** The BVH mappings, tried in this order by {@link #detectBvh}. */
    public static final List<SkeletonMapping> BVH_MAPPINGS = List.of(OPTIMUS_BVH, CMU_BVH, CMU_BVH_MAX, CMU_ASF_BVH, DAZ_BVH,
            CC_BASE_BVH);

    /** All predefined mappings. */
    public static final List<SkeletonMapping> ALL = List.of(COCO_17, OPENPOSE_BODY_25, OPENPOSE_BODY_25B,
            POSE2SIM_TRC, MEDIAPIPE_33, H36M_17, OPTIMUS_BVH, CMU_BVH, CMU_BVH_MAX, CMU_ASF_BVH, DAZ_BVH, CC_BASE_BVH);

    private SkeletonMappings() {
    }

    /** The predefined mapping called {@code name} (case-insensitive). */
    public static SkeletonMapping byName(String name) {
        for (SkeletonMapping m : ALL) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        List<String> names = new ArrayList<>();
        ALL.forEach(m -> names.add(m.name()));
        throw new IllegalArgumentException("unknown skeleton mapping '" + name + "'; known: " + names);
    }

    /**
     * The first BVH mapping whose joints all exist among {@code pointNames} (joint and end-site names
     * of a BVH skeleton).
     *
     * @throws IllegalArgumentException if none fits, naming the closest mapping and what it misses
     */
    public static SkeletonMapping detectBvh(List<String> pointNames) {
        SkeletonMapping best = null;
        List<String> bestMissing = null;
        for (SkeletonMapping m : BVH_MAPPINGS) {
            List<String> missing = m.missingJoints(pointNames);
            if (missing.isEmpty()) {
                return m;
            }
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                best = m;
                bestMissing = missing;
            }
        }
        throw new IllegalArgumentException("unknown BVH skeleton: no predefined mapping fits; closest is "
                + best.name() + ", which needs joints " + bestMissing);
    }

    /** Hips, knees, ankles, shoulders, elbows, wrists as {@code <side><part>}, and the derived torso. */
    private static SkeletonMapping.Builder limbs(SkeletonMapping.Builder b, String left, String right, String hip,
                                                 String knee, String ankle, String shoulder, String elbow,
                                                 String wrist) {
        return b.direct(LEFT_HIP, left + hip).direct(RIGHT_HIP, right + hip)
                .direct(LEFT_KNEE, left + knee).direct(RIGHT_KNEE, right + knee)
                .direct(LEFT_ANKLE, left + ankle).direct(RIGHT_ANKLE, right + ankle)
                .direct(LEFT_SHOULDER, left + shoulder).direct(RIGHT_SHOULDER, right + shoulder)
                .direct(LEFT_ELBOW, left + elbow).direct(RIGHT_ELBOW, right + elbow)
                .direct(LEFT_WRIST, left + wrist).direct(RIGHT_WRIST, right + wrist)
                .meanOf(PELVIS, LEFT_HIP, RIGHT_HIP)
                .meanOf(THORAX, LEFT_SHOULDER, RIGHT_SHOULDER)
                .meanOf(SPINE, PELVIS, THORAX);
    }

    /** Limbs plus toes for a BVH rig; toe names ending in {@code _End} are taken as given after the side prefix. */
    private static SkeletonMapping.Builder bvh(String name, String left, String right, String hip, String knee,
                                               String ankle, String toe, String shoulder, String elbow,
                                               String wrist) {
        return limbs(SkeletonMapping.builder(name), left, right, hip, knee, ankle, shoulder, elbow, wrist)
                .direct(LEFT_TOE, left + toe)
                .direct(RIGHT_TOE, right + toe);
    }

    private static SkeletonMapping canonical() {
        SkeletonMapping.Builder b = SkeletonMapping.builder("optimus_bvh");
        for (Keypoint k : Keypoint.values()) {
            b.direct(k, k.fileName());
        }
        return b.build();
    }

    private static SkeletonMapping h36m() {
        SkeletonMapping.Builder b = SkeletonMapping.builder("h36m17");
        for (int i = 0; i < H36M_17_JOINTS.size(); i++) {
            b.direct(Keypoint.values()[i], H36M_17_JOINTS.get(i));
        }
        return b.build();
    }
}
