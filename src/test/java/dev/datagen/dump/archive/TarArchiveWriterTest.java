package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpHeader;
import dev.datagen.dump.Pg15Sample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar format against pg_dump 15's sample.tar, read with a ustar parser written here. */
class TarArchiveWriterTest {

    @TempDir
    Path spool;

    /** One member: its raw 512-byte header and its content. */
    record Member(byte[] header, byte[] content) {
        String name() {
            return text(0, 100);
        }

        String text(int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
        }

        long octal(int offset, int length) {
            return Long.parseLong(text(offset, length).trim(), 8);
        }

        /** What pg_restore checks: the sum of all header bytes, with the checksum field counted as spaces. */
        boolean checksumIsValid() {
            long sum = 0;
            for (int i = 0; i < 512; i++) {
                sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
            }
            return sum == octal(148, 8);
        }
    }

    static List<Member> members(byte[] tar) {
        assertThat(tar.length % 512).isZero();
        List<Member> members = new ArrayList<>();
        int pos = 0;
        while (pos + 512 <= tar.length && !isZeroBlock(tar, pos)) {
            byte[] header = Arrays.copyOfRange(tar, pos, pos + 512);
            Member m = new Member(header, null);
            int size = (int) m.octal(124, 12);
            members.add(new Member(header, Arrays.copyOfRange(tar, pos + 512, pos + 512 + size)));
            pos += 512 + (size + 511) / 512 * 512;
        }
        // pg_dump ends the archive with two zero blocks and nothing else
        assertThat(tar.length - pos).isEqualTo(1024);
        assertThat(isZeroBlock(tar, pos) && isZeroBlock(tar, pos + 512)).isTrue();
        return members;
    }

    @Test
    void membersAndTheirHeadersAreWhatPgDumpWrites() throws IOException {
        // sample.tar came from a pg_dump run one second after sample.Fc-Z0.dump
        DumpContent sample = Pg15Sample.content();
        DumpHeader h = sample.header();
        DumpContent content = new DumpContent(new DumpHeader(h.databaseName(), h.createdAt().plusSeconds(1),
                h.serverVersion(), h.dumpVersion()), sample.entries());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TarArchiveWriter(2).write(content, out, spool);

        List<Member> ours = members(out.toByteArray());
        List<Member> pgDump = members(Pg15Sample.resource("sample.tar"));
        assertThat(ours.stream().map(Member::name)).containsExactly("toc.dat", "3465.dat", "3462.dat", "3464.dat");
        // pg_dump adds restore.sql, which pg_restore never reads; everything before it is the same
        assertThat(pgDump.stream().map(Member::name)).containsExactly("toc.dat", "3465.dat", "3462.dat", "3464.dat", "restore.sql");
        for (int i = 0; i < ours.size(); i++) {
            Member m = ours.get(i);
            Member expected = pgDump.get(i);
            assertThat(m.content()).as(m.name()).isEqualTo(expected.content());
            assertThat(m.checksumIsValid()).as("checksum of %s", m.name()).isTrue();
            assertThat(m.octal(100, 8)).as("mode").isEqualTo(expected.octal(100, 8)).isEqualTo(0600);
            assertThat(m.octal(108, 8)).as("uid").isEqualTo(expected.octal(108, 8)).isEqualTo(2048);
            assertThat(m.octal(116, 8)).as("gid").isEqualTo(expected.octal(116, 8)).isEqualTo(1024);
            assertThat(m.octal(136, 12)).as("mtime").isEqualTo(content.header().createdAt().getEpochSecond());
            assertThat(m.header()[156]).as("typeflag").isEqualTo(expected.header()[156]).isEqualTo((byte) '0');
            assertThat(m.text(257, 6) + m.text(263, 2)).as("magic and version").isEqualTo("ustar00")
                    .isEqualTo(expected.text(257, 6) + expected.text(263, 2));
            assertThat(m.text(265, 32)).as("uname").isEqualTo(expected.text(265, 32)).isEqualTo("postgres");
            assertThat(m.text(297, 32)).as("gname").isEqualTo(expected.text(297, 32)).isEqualTo("postgres");
        }
        assertThat(DirectoryArchiveWriterTest.fileNames(spool)).as("spool files left behind").isEmpty();
    }

    private static boolean isZeroBlock(byte[] b, int pos) {
        for (int i = pos; i < pos + 512; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
