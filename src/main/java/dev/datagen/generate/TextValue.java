package dev.datagen.generate;

/** Captures one value as text, for generators that nest values (arrays, composites, foreign keys). */
public final class TextValue implements ValueOut {
    private final StringBuilder text = new StringBuilder();
    private boolean isNull;

    public TextValue clear() {
        text.setLength(0);
        isNull = false;
        return this;
    }

    @Override
    public void nul() {
        isNull = true;
    }

    @Override
    public void raw(CharSequence token) {
        text.append(token);
    }

    @Override
    public void raw(long number) {
        text.append(number);
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
}
