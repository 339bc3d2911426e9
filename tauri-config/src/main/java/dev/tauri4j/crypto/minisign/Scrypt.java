package dev.tauri4j.crypto.minisign;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The scrypt key derivation function (RFC 7914), which minisign uses to encrypt secret keys and the JDK lacks. */
final class Scrypt {

    private Scrypt() {
    }

    /**
     * @param n cost: a power of two greater than 1
     * @param r block size factor
     * @param p parallelisation factor (run sequentially here)
     * @throws IllegalArgumentException for parameters outside RFC 7914's ranges, or a table too big for one array
     * @throws IllegalStateException when the heap is too small for {@code 128 * r * n} bytes
     */
    static byte[] derive(byte[] password, byte[] salt, long n, int r, int p, int length) {
        if (n < 2 || (n & (n - 1)) != 0) {
            throw new IllegalArgumentException("scrypt N must be a power of two greater than 1, not " + n);
        }
        if (r < 1 || p < 1 || (long) r * p >= 1L << 30) {
            throw new IllegalArgumentException("scrypt needs r >= 1, p >= 1 and r * p < 2^30, not r=" + r + " p=" + p);
        }
        int blockInts = 32 * r;
        if (n > (Integer.MAX_VALUE - 16) / blockInts) {
            throw new IllegalArgumentException("scrypt N=" + n + " r=" + r + " needs " + mib(n, r)
                    + " MiB, more than one Java array holds");
        }
        int[] v;
        try {
            v = new int[(int) n * blockInts];
        } catch (OutOfMemoryError e) {
            throw new IllegalStateException("scrypt N=" + n + " r=" + r + " needs " + mib(n, r)
                    + " MiB of heap: give the JVM more, e.g. -Xmx" + (mib(n, r) * 2) + "m", e);
        }
        try {
            byte[] b = pbkdf2HmacSha256(password, salt, 1, p * 128 * r);
            int[] x = new int[blockInts];
            int[] scratch = new int[blockInts + 16];
            for (int i = 0; i < p; i++) {
                int offset = i * 128 * r;
                for (int k = 0; k < blockInts; k++) {
                    x[k] = MinisignText.le32(b, offset + 4 * k);
                }
                roMix(x, v, (int) n, r, scratch);
                for (int k = 0; k < blockInts; k++) {
                    MinisignText.putLe32(b, offset + 4 * k, x[k]);
                }
            }
            byte[] out = pbkdf2HmacSha256(password, b, 1, length);
            Arrays.fill(b, (byte) 0);
            Arrays.fill(x, 0);
            return out;
        } finally {
            // The table holds password-derived state: do not leave it for a heap dump to find.
            Arrays.fill(v, 0);
        }
    }

    private static long mib(long n, int r) {
        return (128L * r * n) >> 20;
    }

    private static void roMix(int[] x, int[] v, int n, int r, int[] scratch) {
        int blockInts = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * blockInts, blockInts);
            blockMix(x, r, scratch);
        }
        for (int i = 0; i < n; i++) {
            // Integerify reads the first word of the last 64-byte block; N <= 2^31, so its low 32 bits suffice.
            int j = x[blockInts - 16] & (n - 1);
            int base = j * blockInts;
            for (int k = 0; k < blockInts; k++) {
                x[k] ^= v[base + k];
            }
            blockMix(x, r, scratch);
        }
    }

    /** scryptBlockMix over 2r 64-byte blocks, in place; {@code scratch} holds 32r + 16 ints. */
    private static void blockMix(int[] b, int r, int[] scratch) {
        int blockInts = 32 * r;
        int xAt = blockInts;
        System.arraycopy(b, blockInts - 16, scratch, xAt, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                scratch[xAt + k] ^= b[16 * i + k];
            }
            salsa20x8(scratch, xAt);
            // Even outputs go to the first half, odd ones to the second (RFC 7914, section 4).
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(scratch, xAt, scratch, to, 16);
        }
        System.arraycopy(scratch, 0, b, 0, blockInts);
    }

    /** Salsa20/8 core (RFC 7914, section 3) over the 16 words at {@code at}, in place. */
    static void salsa20x8(int[] s, int at) {
        int x0 = s[at], x1 = s[at + 1], x2 = s[at + 2], x3 = s[at + 3];
        int x4 = s[at + 4], x5 = s[at + 5], x6 = s[at + 6], x7 = s[at + 7];
        int x8 = s[at + 8], x9 = s[at + 9], x10 = s[at + 10], x11 = s[at + 11];
        int x12 = s[at + 12], x13 = s[at + 13], x14 = s[at + 14], x15 = s[at + 15];
        for (int i = 0; i < 8; i += 2) {
            x4 ^= Integer.rotateLeft(x0 + x12, 7);
            x8 ^= Integer.rotateLeft(x4 + x0, 9);
            x12 ^= Integer.rotateLeft(x8 + x4, 13);
            x0 ^= Integer.rotateLeft(x12 + x8, 18);
            x9 ^= Integer.rotateLeft(x5 + x1, 7);
            x13 ^= Integer.rotateLeft(x9 + x5, 9);
            x1 ^= Integer.rotateLeft(x13 + x9, 13);
            x5 ^= Integer.rotateLeft(x1 + x13, 18);
            x14 ^= Integer.rotateLeft(x10 + x6, 7);
            x2 ^= Integer.rotateLeft(x14 + x10, 9);
            x6 ^= Integer.rotateLeft(x2 + x14, 13);
            x10 ^= Integer.rotateLeft(x6 + x2, 18);
            x3 ^= Integer.rotateLeft(x15 + x11, 7);
            x7 ^= Integer.rotateLeft(x3 + x15, 9);
            x11 ^= Integer.rotateLeft(x7 + x3, 13);
            x15 ^= Integer.rotateLeft(x11 + x7, 18);

            x1 ^= Integer.rotateLeft(x0 + x3, 7);
            x2 ^= Integer.rotateLeft(x1 + x0, 9);
            x3 ^= Integer.rotateLeft(x2 + x1, 13);
            x0 ^= Integer.rotateLeft(x3 + x2, 18);
            x6 ^= Integer.rotateLeft(x5 + x4, 7);
            x7 ^= Integer.rotateLeft(x6 + x5, 9);
            x4 ^= Integer.rotateLeft(x7 + x6, 13);
            x5 ^= Integer.rotateLeft(x4 + x7, 18);
            x11 ^= Integer.rotateLeft(x10 + x9, 7);
            x8 ^= Integer.rotateLeft(x11 + x10, 9);
            x9 ^= Integer.rotateLeft(x8 + x11, 13);
            x10 ^= Integer.rotateLeft(x9 + x8, 18);
            x12 ^= Integer.rotateLeft(x15 + x14, 7);
            x13 ^= Integer.rotateLeft(x12 + x15, 9);
            x14 ^= Integer.rotateLeft(x13 + x12, 13);
            x15 ^= Integer.rotateLeft(x14 + x13, 18);
        }
        s[at] += x0;
        s[at + 1] += x1;
        s[at + 2] += x2;
        s[at + 3] += x3;
        s[at + 4] += x4;
        s[at + 5] += x5;
        s[at + 6] += x6;
        s[at + 7] += x7;
        s[at + 8] += x8;
        s[at + 9] += x9;
        s[at + 10] += x10;
        s[at + 11] += x11;
        s[at + 12] += x12;
        s[at + 13] += x13;
        s[at + 14] += x14;
        s[at + 15] += x15;
    }

    /** PBKDF2 (RFC 8018) with HMAC-SHA-256, as RFC 7914 uses it. */
    static byte[] pbkdf2HmacSha256(byte[] password, byte[] salt, int iterations, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // SecretKeySpec refuses an empty key; HMAC zero-pads keys to its block size, so one zero byte is the
            // same key.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            byte[] out = new byte[length];
            byte[] u = new byte[32];
            byte[] t = new byte[32];
            for (int block = 1, done = 0; done < length; block++, done += 32) {
                mac.update(salt);
                mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8),
                    (byte) block});
                mac.doFinal(u, 0);
                System.arraycopy(u, 0, t, 0, 32);
                for (int i = 1; i < iterations; i++) {
                    mac.update(u);
                    mac.doFinal(u, 0);
                    for (int k = 0; k < 32; k++) {
                        t[k] ^= u[k];
                    }
                }
                System.arraycopy(t, 0, out, done, Math.min(32, length - done));
            }
            Arrays.fill(u, (byte) 0);
            Arrays.fill(t, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks HmacSHA256", e);
        }
    }
}
