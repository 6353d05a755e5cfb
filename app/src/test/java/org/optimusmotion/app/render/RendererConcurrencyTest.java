package org.optimusmotion.app.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two renderers alive at once, and several threads sharing one, give the same pixels as one thread alone. */
class RendererConcurrencyTest {

    @Test
    void threadsAndRenderersDoNotDisturbEachOther() throws Exception {
        PinholeCamera camera = OffscreenRendererTest.frontCamera(160, 90);
        RenderScene[] scenes = new RenderScene[4];
        for (int i = 0; i < scenes.length; i++) {
            scenes[i] = RenderScene.builder(camera)
                    .ground(GroundGrid.defaultFloor())
                    .capsule(new Vec3(-0.6 + 0.4 * i, 0, 0.3), new Vec3(-0.6 + 0.4 * i, 0, 1.5), 0.15,
                            Rgba.rgb255(220, 30, 30))
                    .build();
        }
        try (OffscreenRenderer first = new OffscreenRenderer(); OffscreenRenderer second = new OffscreenRenderer()) {
            int[][] expected = new int[scenes.length][160 * 90];
            for (int i = 0; i < scenes.length; i++) {
                first.render(scenes[i], expected[i]);
            }
            assertTrue(!java.util.Arrays.equals(expected[0], expected[3]), "the scenes differ");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<int[]>> results = new ArrayList<>();
                for (int k = 0; k < 16; k++) {
                    RenderScene scene = scenes[k % scenes.length];
                    OffscreenRenderer renderer = k % 2 == 0 ? first : second;
                    results.add(pool.submit(() -> {
                        int[] out = new int[160 * 90];
                        renderer.render(scene, out);
                        return out;
                    }));
                }
                for (int k = 0; k < results.size(); k++) {
                    assertArrayEquals(expected[k % scenes.length], results.get(k).get(), "job " + k);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
