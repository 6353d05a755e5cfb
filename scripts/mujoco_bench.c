// Steps a MuJoCo model with zero control on one core and times mjd_transitionFD, for the side-by-side
// simulator benchmark (./optimus physics bench). Prints one JSON object on stdout.
// Usage: mujoco_bench MODEL.xml [STEPS]
#include <mujoco/mujoco.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s MODEL.xml [STEPS]\n", argv[0]);
    return 2;
  }
  int steps = argc > 2 ? atoi(argv[2]) : 10000;
  char error[1000] = "";
  mjModel* m = mj_loadXML(argv[1], NULL, error, sizeof(error));
  if (!m) {
    fprintf(stderr, "cannot load %s: %s\n", argv[1], error);
    return 1;
  }
  mjData* d = mj_makeData(m);
  // warm up to a typical state (the humanoid falls and lies on the floor), then time from there
  for (int i = 0; i < 500; i++) mj_step(m, d);
  mj_resetData(m, d);
  double t0 = now_seconds();
  for (int i = 0; i < steps; i++) mj_step(m, d);
  double t1 = now_seconds();
  // finite-difference transition derivatives (A: 2nv x 2nv, B: 2nv x nu), centred
  int nv = m->nv, nu = m->nu;
  mjtNum* A = (mjtNum*)malloc(sizeof(mjtNum) * (2 * nv + m->na) * (2 * nv + m->na));
  mjtNum* B = (mjtNum*)malloc(sizeof(mjtNum) * (2 * nv + m->na) * (nu > 0 ? nu : 1));
  int fdCalls = 50;
  double t2 = now_seconds();
  for (int i = 0; i < fdCalls; i++) mjd_transitionFD(m, d, 1e-6, 1, A, B, NULL, NULL);
  double t3 = now_seconds();
  printf("{\"steps\": %d, \"seconds\": %.6f, \"steps_per_second\": %.1f, \"timestep\": %g, \"nq\": %d, \"nv\": %d, \"nu\": %d, "
         "\"transition_fd_seconds\": %.6e, \"mujoco_version\": %d}\n",
         steps, t1 - t0, steps / (t1 - t0), m->opt.timestep, m->nq, nv, nu, (t3 - t2) / fdCalls, mj_version());
  free(A);
  free(B);
  mj_deleteData(d);
  mj_deleteModel(m);
  return 0;
}
