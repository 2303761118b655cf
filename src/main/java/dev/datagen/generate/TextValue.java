package dev.datagen.generate;

/** Captures one value as text, for generators that nest values (arrays, composites, foreign keys). */
public final class TextValue implements ValueOut {
    private final StringBuilder text = new StringBuilder();
    private boolean isNull;
    private boolean isRaw;

    public TextValue clear() {
        text.setLength(0);
        isNull = false;
        isRaw = false;
        return this;
    }

    @Override
    public void nul() {
        isNull = true;
    }

    @Override
    public void raw(CharSequence token) {
        text.append(token);
        isRaw = true;
    }

    @Override
    public void raw(long number) {
        text.append(number);
        isRaw = true;
    }

    @Override
    public void text(CharSequence value) {
        text.append(value);
    }

    public boolean isNull() {
        return isNull;
    }

    public CharSequence text() {
        return text;
    }

    /** Passes the captured value on unchanged. */
    public void copyTo(ValueOut out) {
        if (isNull) {
            out.nul();
        } else if (isRaw) {
            out.raw(text);
        } else {
            out.text(text);
        }
    }
}
