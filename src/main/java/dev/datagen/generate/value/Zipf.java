package dev.datagen.generate.value;

import dev.datagen.generate.Rng;

/**
 * Zipf-distributed ranks 1..n: rank k has probability proportional to 1/k^s. Rejection-inversion
 * sampling (Hörmann and Derflinger, 1996), as in Apache Commons Math: constant time and memory
 * whatever n, so it serves ranges of billions of values as well as ten.
 */
public final class Zipf {
    private final long n;
    private final double exponent;
    private final double hIntegralX1;
    private final double hIntegralN;
    private final double sParameter;

    public Zipf(long n, double exponent) {
        if (n < 1 || !(exponent > 0)) {
            throw new IllegalArgumentException("zipf needs n >= 1 and s > 0");
        }
        this.n = n;
        this.exponent = exponent;
        this.hIntegralX1 = hIntegral(1.5) - 1;
        this.hIntegralN = hIntegral(n + 0.5);
        this.sParameter = 2 - hIntegralInverse(hIntegral(2.5) - h(2));
    }

    /** A rank in [1, n], drawn from {@code r}. */
    public long sample(Rng r) {
        while (true) {
            double u = hIntegralN + r.nextDouble() * (hIntegralX1 - hIntegralN);
            double x = hIntegralInverse(u);
            long k = (long) (x + 0.5);
            if (k < 1) {
                k = 1;
            } else if (k > n) {
                k = n;
            }
            if (k - x <= sParameter || u >= hIntegral(k + 0.5) - h(k)) {
                return k;
            }
        }
    }

    private double h(double x) {
        return Math.exp(-exponent * Math.log(x));
    }

    private double hIntegral(double x) {
        double logX = Math.log(x);
        return helper2((1 - exponent) * logX) * logX;
    }

    private double hIntegralInverse(double x) {
        double t = x * (1 - exponent);
        if (t < -1) {
            t = -1; // rounding may push it just below -1
        }
        return Math.exp(helper1(t) * x);
    }

    /** log(1+x)/x, accurate near 0. */
    private static double helper1(double x) {
        return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x));
    }

    /** (exp(x)-1)/x, accurate near 0. */
    private static double helper2(double x) {
        return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1 + x * 0.5 * (1 + x * (1.0 / 3) * (1 + 0.25 * x));
    }
}
