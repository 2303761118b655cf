package dev.datagen.generate.value;

/**
 * A keyed bijection of [0, n): {@code (a·i + b) mod n} with {@code a} coprime to n. Unique columns
 * map row numbers through it, so values are unique by construction with no set of seen values.
 */
public final class Permutation {
    private final long n;
    private final long a;
    private final long b;

    public Permutation(long n, long key) {
        this.n = Math.max(1, n);
        long candidate = Math.floorMod(key, this.n) | 1;
        while (gcd(candidate, this.n) != 1) {
            candidate += 2;
        }
        this.a = candidate % this.n == 0 ? 1 : candidate % this.n;
        this.b = Math.floorMod(key >>> 17, this.n);
    }

    public long apply(long i) {
        long product = a * i;
        long m = Math.multiplyHigh(a, i) == 0 && product >= 0 ? product % n : mulMod(a, i);
        return (m + b) % n;
    }

    private long mulMod(long x, long y) {
        return java.math.BigInteger.valueOf(x).multiply(java.math.BigInteger.valueOf(y))
                .mod(java.math.BigInteger.valueOf(n)).longValue();
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return Math.abs(x);
    }
}
