package dev.datagen.dump;

import java.util.List;

/** Everything an archive writer needs: the header and the TOC entries in restore order. */
public record DumpContent(DumpHeader header, List<TocEntry> entries) {
    public DumpContent {
        entries = List.copyOf(entries);
    }
}
