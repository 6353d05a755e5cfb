"""Markdown table of `compare` results per case folder (comparison.json + input_metrics.json)."""
import json
import statistics
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
seconds_of_video = {"run": 1.3}
print("| case | track | MPJPE-G mm | MPJPE mm | MPJPE-PA mm | foot skate % | TV m/frame | evaluations | "
      "evaluations to reach the first's loss | s per s of video |")
print("|---|---|---|---|---|---|---|---|---|---|")
for case in sorted(p for p in root.iterdir() if (p / "comparison.json").exists()):
    comp = json.loads((case / "comparison.json").read_text())
    inp = json.loads((case / "input_metrics.json").read_text())
    print(f"| {case.name} | noisy input | {inp['mpjpe_g_mm']:.1f} | {inp['mpjpe_mm']:.1f} | {inp['mpjpe_pa_mm']:.1f} | "
          f"{inp['foot_skate']:.1f} | {inp['tv']:.3f} | | | |")
    video = seconds_of_video.get(case.name, 2.0)
    for name, r in comp.items():
        reach = r.get("evaluations_to_reach_reference_loss", "")
        reach = "never" if reach is None else reach
        print(f"| | {name} | {r['mpjpe_g_mm']:.1f} | {r['mpjpe_mm']:.1f} | {r['mpjpe_pa_mm']:.1f} | "
              f"{r['foot_skate']:.1f} | {r['tv']:.3f} | {r['evaluations']} | {reach} | {r['seconds'] / video:.1f} |")

# Against the first optimizer (the reference): medians over the cases, and the cases where each other optimizer is
# equal or better on all three of MPJPE-G, MPJPE and foot skate (to the table's 0.1 precision).
results = {case.name: json.loads((case / "comparison.json").read_text())
           for case in sorted(p for p in root.iterdir() if (p / "comparison.json").exists())}
names = list(next(iter(results.values())).keys()) if results else []
measures = [("mpjpe_g_mm", "MPJPE-G mm"), ("mpjpe_mm", "MPJPE mm"), ("foot_skate", "foot skate %")]
if len(names) > 1:
    print()
    print("| optimizer | " + " | ".join(f"median {label}" for _, label in measures)
          + f" | cases equal or better than {names[0]} on all three |")
    print("|---|" + "---|" * (len(measures) + 1))
    for name in names:
        medians = [statistics.median(r[name][key] for r in results.values()) for key, _ in measures]
        better = [c for c, r in results.items()
                  if all(round(r[name][key], 1) <= round(r[names[0]][key], 1) for key, _ in measures)]
        count = "" if name == names[0] else f"{len(better)}/{len(results)} ({', '.join(better)})"
        print(f"| {name} | " + " | ".join(f"{m:.1f}" for m in medians) + f" | {count} |")
