/**
 * Keypoints from a raw video, inside the program: MediaPipe's BlazePose landmark model
 * ({@link org.optimusmotion.app.detect.PoseModel}, Apache-2.0, run by OpenCV's DNN module in
 * {@link org.optimusmotion.app.detect.LandmarkNet}) on a region of interest that follows the person
 * from frame to frame ({@link org.optimusmotion.app.detect.PoseTracker}; HOG people detection
 * ({@link org.optimusmotion.app.detect.PersonFinder}) on the first frame and after a loss), smoothed
 * without lag ({@link org.optimusmotion.app.detect.OneEuroFilter}), written as COCO and canonical 2D
 * keypoints and as a 3D track placed in a camera's world frame
 * ({@link org.optimusmotion.app.detect.DetectionOutputs}, {@link org.optimusmotion.app.detect.CameraPlacement}).
 * See docs/detection.md.
 */
package org.optimusmotion.app.detect;
