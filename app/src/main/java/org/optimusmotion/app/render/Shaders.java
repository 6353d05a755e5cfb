package org.optimusmotion.app.render;

/** GLSL 3.30 sources of the renderer's three programs. */
final class Shaders {

    private Shaders() {
    }

    /** Instanced capsules and spheres from the {@link CapsuleMesh} template, Lambert + ambient. */
    static final String CAPSULE_VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 aDir;    // unit direction in the capsule frame (z = axis)
            layout(location = 1) in float aEnd;   // 0: cap at a, 1: cap at b
            layout(location = 2) in vec3 iA;
            layout(location = 3) in vec3 iB;
            layout(location = 4) in float iRadius;
            layout(location = 5) in vec4 iColor;
            uniform mat4 uClipFromWorld;
            out vec3 vNormal;
            out vec4 vColor;
            void main() {
                vec3 axis = iB - iA;
                float len = length(axis);
                vec3 w = len > 1e-9 ? axis / len : vec3(0.0, 0.0, 1.0);
                vec3 helper = abs(w.z) < 0.9 ? vec3(0.0, 0.0, 1.0) : vec3(1.0, 0.0, 0.0);
                vec3 u = normalize(cross(helper, w));
                vec3 v = cross(w, u);
                vec3 n = aDir.x * u + aDir.y * v + aDir.z * w;
                vNormal = n;
                vColor = iColor;
                gl_Position = uClipFromWorld * vec4(mix(iA, iB, aEnd) + iRadius * n, 1.0);
            }
            """;

    /** Shared by the lit programs: colour * (ambient + (1 - ambient) * max(n . l, 0)). */
    static final String LIT_FRAGMENT = """
            #version 330 core
            in vec3 vNormal;
            in vec4 vColor;
            uniform vec3 uLightDir;   // world, unit, towards the light
            uniform float uAmbient;
            uniform int uLit;
            out vec4 fragColor;
            void main() {
                float lambert = uLit != 0 ? max(dot(normalize(vNormal), uLightDir), 0.0) : 1.0;
                float shade = uLit != 0 ? uAmbient + (1.0 - uAmbient) * lambert : 1.0;
                fragColor = vec4(vColor.rgb * shade, vColor.a);
            }
            """;

    /** Ground and lines: per-vertex position and colour, one normal for the whole draw. */
    static final String FLAT_VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 aPos;
            layout(location = 1) in vec4 aColor;
            uniform mat4 uClipFromWorld;
            uniform vec3 uNormal;
            out vec3 vNormal;
            out vec4 vColor;
            void main() {
                vNormal = uNormal;
                vColor = aColor;
                gl_Position = uClipFromWorld * vec4(aPos, 1.0);
            }
            """;

    /** One triangle covering the frame; texture row 0 is the image's top row. */
    static final String BACKGROUND_VERTEX = """
            #version 330 core
            out vec2 vUv;
            void main() {
                vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2) * 2.0 - 1.0;
                vUv = vec2((p.x + 1.0) * 0.5, (1.0 - p.y) * 0.5);
                gl_Position = vec4(p, 0.0, 1.0);
            }
            """;

    static final String BACKGROUND_FRAGMENT = """
            #version 330 core
            in vec2 vUv;
            uniform sampler2D uImage;
            out vec4 fragColor;
            void main() {
                fragColor = vec4(texture(uImage, vUv).rgb, 1.0);
            }
            """;
}
