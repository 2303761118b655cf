package dev.datagen.generate.registry;

import dev.datagen.generate.Rng;
import java.util.List;

/** A piece of a parsed {@link Regex} that can make text. Lengths are in characters (code points). */
interface RegexNode {
    long minLength();

    long maxLength();

    /** Appends a match of at most {@code budget} characters ({@code budget >= minLength()}); returns its length. */
    long generate(Rng r, StringBuilder sb, long budget);

    /** Whether every match has the same shape (no alternation, fixed repeats), so matches can be numbered. */
    boolean fixedShape();

    /** The character sets of a fixed shape, one per position of the match. */
    void positions(List<int[]> out);

    /** One character from a set (a literal is a set of one). */
    final class CharSet implements RegexNode {
        final int[] chars;

        CharSet(int[] chars) {
            this.chars = chars;
        }

        public long minLength() {
            return 1;
        }

        public long maxLength() {
            return 1;
        }

        public long generate(Rng r, StringBuilder sb, long budget) {
            sb.appendCodePoint(chars[chars.length == 1 ? 0 : r.nextInt(chars.length)]);
            return 1;
        }

        public boolean fixedShape() {
            return true;
        }

        public void positions(List<int[]> out) {
            out.add(chars);
        }
    }

    final class Sequence implements RegexNode {
        private final RegexNode[] parts;
        private final long minLength;
        private final long maxLength;

        Sequence(List<RegexNode> parts) {
            this.parts = parts.toArray(RegexNode[]::new);
            this.minLength = parts.stream().mapToLong(RegexNode::minLength).sum();
            this.maxLength = parts.stream().mapToLong(RegexNode::maxLength).reduce(0, (a, b) -> Math.min(Regex.UNLIMITED, a + b));
        }

        public long minLength() {
            return minLength;
        }

        public long maxLength() {
            return maxLength;
        }

        public long generate(Rng r, StringBuilder sb, long budget) {
            long rest = minLength;
            long used = 0;
            for (RegexNode part : parts) {
                rest -= part.minLength();
                used += part.generate(r, sb, budget - used - rest);
            }
            return used;
        }

        public boolean fixedShape() {
            for (RegexNode part : parts) {
                if (!part.fixedShape()) {
                    return false;
                }
            }
            return true;
        }

        public void positions(List<int[]> out) {
            for (RegexNode part : parts) {
                part.positions(out);
            }
        }
    }

    final class Alternation implements RegexNode {
        private final RegexNode[] options;
        private final long minLength;
        private final long maxLength;

        Alternation(List<RegexNode> options) {
            this.options = options.toArray(RegexNode[]::new);
            this.minLength = options.stream().mapToLong(RegexNode::minLength).min().orElse(0);
            this.maxLength = options.stream().mapToLong(RegexNode::maxLength).max().orElse(0);
        }

        public long minLength() {
            return minLength;
        }

        public long maxLength() {
            return maxLength;
        }

        /** One of the options that fit the budget, each as likely. */
        public long generate(Rng r, StringBuilder sb, long budget) {
            int fitting = 0;
            for (RegexNode o : options) {
                fitting += o.minLength() <= budget ? 1 : 0;
            }
            int pick = r.nextInt(fitting);
            for (RegexNode o : options) {
                if (o.minLength() <= budget && pick-- == 0) {
                    return o.generate(r, sb, budget);
                }
            }
            throw new IllegalStateException("no alternative fits");
        }

        public boolean fixedShape() {
            return false;
        }

        public void positions(List<int[]> out) {
            throw new UnsupportedOperationException("an alternation has no fixed shape");
        }
    }

    final class Repeat implements RegexNode {
        private final RegexNode child;
        private final int min;
        private final int max;

        Repeat(RegexNode child, int min, int max) {
            this.child = child;
            this.min = min;
            this.max = max;
        }

        public long minLength() {
            return min * child.minLength();
        }

        public long maxLength() {
            return Math.min(Regex.UNLIMITED, Regex.times(max, child.maxLength()));
        }

        /** Between min and max repeats, as many as the budget leaves room for. */
        public long generate(Rng r, StringBuilder sb, long budget) {
            long each = child.minLength();
            long fit = each == 0 ? max : Math.min(max, budget / each);
            long n = r.between(min, Math.max(min, fit));
            long used = 0;
            for (long k = 0; k < n; k++) {
                used += child.generate(r, sb, budget - used - (n - k - 1) * each);
            }
            return used;
        }

        public boolean fixedShape() {
            return min == max && child.fixedShape();
        }

        public void positions(List<int[]> out) {
            for (int k = 0; k < min; k++) {
                child.positions(out);
            }
        }
    }
}
