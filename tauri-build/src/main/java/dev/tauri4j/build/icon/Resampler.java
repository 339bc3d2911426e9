package dev.tauri4j.build.icon;

import java.awt.image.BufferedImage;

/**
 * Resizes a square ARGB image with area averaging when shrinking and bilinear interpolation when growing.
 *
 * <p>Filtering happens on premultiplied alpha: averaging straight RGBA would mix the (usually black)
 * colour of fully transparent pixels into the edges and leave a dark halo around the shape. Values stay
 * in sRGB, like the source, since that is how icon tools and designers' previews average too.
 */
final class Resampler {

    private final int size;
    private final int[] argb;

    Resampler(BufferedImage square) {
        this.size = square.getWidth();
        this.argb = square.getRGB(0, 0, size, size, null, 0, size);
    }

    /** The image at {@code target} x {@code target} pixels, as {@code TYPE_INT_ARGB}. */
    BufferedImage scaled(int target) {
        Taps taps = Taps.of(size, target);
        // horizontal pass: size rows of target premultiplied RGBA pixels
        float[] rows = new float[size * target * 4];
        for (int y = 0; y < size; y++) {
            int in = y * size;
            int out = y * target * 4;
            for (int x = 0; x < target; x++, out += 4) {
                int[] index = taps.index[x];
                float[] weight = taps.weight[x];
                float a = 0, r = 0, g = 0, b = 0;
                for (int t = 0; t < index.length; t++) {
                    int p = argb[in + index[t]];
                    float pa = (p >>> 24) * weight[t];
                    a += pa;
                    r += ((p >> 16) & 0xFF) * pa;
                    g += ((p >> 8) & 0xFF) * pa;
                    b += (p & 0xFF) * pa;
                }
                rows[out] = a;
                rows[out + 1] = r;
                rows[out + 2] = g;
                rows[out + 3] = b;
            }
        }
        // vertical pass, then back to straight alpha
        int[] result = new int[target * target];
        for (int y = 0; y < target; y++) {
            int[] index = taps.index[y];
            float[] weight = taps.weight[y];
            for (int x = 0; x < target; x++) {
                float a = 0, r = 0, g = 0, b = 0;
                for (int t = 0; t < index.length; t++) {
                    int at = (index[t] * target + x) * 4;
                    float w = weight[t];
                    a += rows[at] * w;
                    r += rows[at + 1] * w;
                    g += rows[at + 2] * w;
                    b += rows[at + 3] * w;
                }
                result[y * target + x] = straight(a, r, g, b);
            }
        }
        BufferedImage image = new BufferedImage(target, target, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, target, target, result, 0, target);
        return image;
    }

    private static int straight(float a, float r, float g, float b) {
        int alpha = channel(a);
        if (alpha == 0) {
            return 0;
        }
        return alpha << 24 | channel(r / a) << 16 | channel(g / a) << 8 | channel(b / a);
    }

    private static int channel(float value) {
        return Math.clamp(Math.round(value), 0, 255);
    }

    /** For each output index, the source indexes it reads and their weights, which sum to 1. */
    private record Taps(int[][] index, float[][] weight) {

        static Taps of(int source, int target) {
            int[][] index = new int[target][];
            float[][] weight = new float[target][];
            double scale = (double) source / target;
            for (int i = 0; i < target; i++) {
                if (target < source) {
                    area(i, scale, source, index, weight);
                } else {
                    bilinear(i, scale, source, index, weight);
                }
            }
            return new Taps(index, weight);
        }

        /** Output pixel i covers source span [i*scale, (i+1)*scale); each source pixel counts by its overlap. */
        private static void area(int i, double scale, int source, int[][] index, float[][] weight) {
            double lo = i * scale;
            double hi = Math.min(source, (i + 1) * scale);
            int first = (int) Math.floor(lo);
            int last = Math.min(source - 1, (int) Math.ceil(hi) - 1);
            index[i] = new int[last - first + 1];
            weight[i] = new float[last - first + 1];
            for (int j = first; j <= last; j++) {
                double overlap = Math.min(hi, j + 1) - Math.max(lo, j);
                index[i][j - first] = j;
                weight[i][j - first] = (float) (overlap / scale);
            }
        }

        /** Pixel centres line up: output centre i+0.5 sits at source position (i+0.5)*scale. */
        private static void bilinear(int i, double scale, int source, int[][] index, float[][] weight) {
            double x = (i + 0.5) * scale - 0.5;
            int left = (int) Math.floor(x);
            float right = (float) (x - left);
            index[i] = new int[] {Math.clamp(left, 0, source - 1), Math.clamp(left + 1, 0, source - 1)};
            weight[i] = new float[] {1 - right, right};
        }
    }
}
