package dev.datagen.dump.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A custom archive in memory, read with {@link ArchiveReader} for tests that look at single fields:
 * each TOC entry's data offset, and the data blocks with their raw chunks.
 */
final class ArchiveTestReader {

    record Entry(int dumpId, boolean hadDumper, String desc, int offsetFlag, long offset) {
    }

    record Block(long position, int dumpId, List<byte[]> chunks) {
        byte[] joined() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chunks.forEach(out::writeBytes);
            return out.toByteArray();
        }

        /** Decodes the block as exactly one zlib stream that ends exactly at the last chunk byte. */
        byte[] inflated() throws DataFormatException {
            byte[] in = joined();
            Inflater inflater = new Inflater(false);
            inflater.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated zlib stream in block " + dumpId);
                }
                out.write(buf, 0, n);
            }
            if (inflater.getRemaining() != 0) {
                throw new DataFormatException(inflater.getRemaining() + " bytes after the zlib stream");
            }
            inflater.end();
            return out.toByteArray();
        }
    }

    final int compression;
    final int minorVersion;
    final List<Entry> entries = new ArrayList<>();
    final Map<Integer, Block> blocks = new LinkedHashMap<>();

    ArchiveTestReader(byte[] archive) {
        try {
            ArchiveToc toc = ArchiveReader.readCustom(new ByteArrayInputStream(archive), Path.of("archive"), (t, rest) -> {
                ArchiveReader.readBlocks(rest.custom(), new ArchiveReader.BlockVisitor() {
                    private Block current;

                    @Override
                    public void startBlock(long position, int type, int dumpId) {
                        current = new Block(position, dumpId, new ArrayList<>());
                        blocks.put(dumpId, current);
                    }

                    @Override
                    public void chunk(int blob, byte[] buffer, int length) {
                        current.chunks().add(java.util.Arrays.copyOf(buffer, length));
                    }

                    @Override
                    public void endBlock() {
                        current = null;
                    }
                });
                return t;
            });
            compression = toc.header().compression();
            minorVersion = toc.header().minor();
            toc.entries().forEach(e -> entries.add(new Entry(e.dumpId(), e.hadDumper(), e.desc(), e.offsetFlag(), e.offset())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
