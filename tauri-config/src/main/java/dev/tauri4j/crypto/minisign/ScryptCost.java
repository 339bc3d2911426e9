package dev.tauri4j.crypto.minisign;

/**
 * The cost of deriving a secret key's encryption key from its password, in libsodium's
 * {@code crypto_pwhash_scryptsalsa208sha256} terms, which minisign stores in the key file.
 *
 * @param opsLimit the CPU budget; minisign's default is 33554432
 * @param memLimit the memory budget in bytes; minisign's default is 1073741824 (1 GiB)
 */
public record ScryptCost(long opsLimit, long memLimit) {

    /** What {@code minisign -G} uses: 1 GiB and about two seconds per derivation. */
    public static final ScryptCost MINISIGN = new ScryptCost(33_554_432L, 1_073_741_824L);

    /** What rust-minisign, and so {@code tauri signer generate}, uses: 32 MiB and a fraction of a second. */
    public static final ScryptCost RUST_MINISIGN = new ScryptCost(1_048_576L, 33_554_432L);

    /** libsodium's minimums, below which minisign refuses to derive a key. */
    private static final long MIN_OPS = 32_768L;
    private static final long MIN_MEM = 16_777_216L;

    /** Readers refuse more than minisign itself ever writes, so a hostile key file cannot ask for unbounded work. */
    private static final int MAX_LOG2_N = 20;
    private static final int MAX_P = 16;

    /** Checks the limits a writer may choose; a reader takes whatever the file holds through {@link #parameters()}. */
    public ScryptCost {
        if (opsLimit < MIN_OPS || memLimit < MIN_MEM) {
            throw new IllegalArgumentException("scrypt cost below libsodium's minimum (opslimit " + MIN_OPS
                    + ", memlimit " + MIN_MEM + "): " + opsLimit + ", " + memLimit);
        }
    }

    /** The (N, r, p) for these limits. */
    Parameters parameters() {
        return parameters(opsLimit, memLimit);
    }

    /**
     * libsodium's mapping from (opslimit, memlimit) to scrypt's (N, r, p): r is 8; when the CPU budget is the
     * tighter one, p is 1 and N follows the CPU budget, otherwise N follows memory and p uses the CPU left over.
     * The limits are unsigned 64-bit values read from a file.
     *
     * @throws MinisignException ({@code UNSUPPORTED}) for costs beyond minisign's own defaults
     */
    static Parameters parameters(long opsLimit, long memLimit) {
        long ops = Long.compareUnsigned(opsLimit, MIN_OPS) < 0 ? MIN_OPS : opsLimit;
        int r = 8;
        int log2N;
        long p;
        if (Long.compareUnsigned(ops, Long.divideUnsigned(memLimit, 32)) < 0) {
            p = 1;
            log2N = smallestLog2Above(Long.divideUnsigned(ops, 4L * r) / 2);
        } else {
            log2N = smallestLog2Above(Long.divideUnsigned(memLimit, 128L * r) / 2);
            long maxRp = Long.divideUnsigned(Long.divideUnsigned(ops, 4), 1L << log2N);
            p = Math.min(maxRp, 0x3fffffffL) / r;
        }
        if (log2N > MAX_LOG2_N || p > MAX_P || p < 1) {
            throw new MinisignException(MinisignException.Kind.UNSUPPORTED, "scrypt cost opslimit "
                    + Long.toUnsignedString(opsLimit) + ", memlimit " + Long.toUnsignedString(memLimit)
                    + " gives N=2^" + log2N + ", p=" + p + ": beyond what minisign writes (N <= 2^" + MAX_LOG2_N
                    + ", 1 <= p <= " + MAX_P + ")");
        }
        return new Parameters(log2N, r, (int) p);
    }

    /** libsodium counts log2(N) up from 1 and stops at the first N above the bound, or at 63. */
    private static int smallestLog2Above(long bound) {
        int log2 = 1;
        while (log2 < 63 && Long.compareUnsigned(1L << log2, bound) <= 0) {
            log2++;
        }
        return log2;
    }

    /** scrypt's own parameters. */
    record Parameters(int log2N, int r, int p) {

        long n() {
            return 1L << log2N;
        }
    }
}
