package dev.datagen.dump.archive;

import dev.datagen.dump.archive.ArchiveOutput.OffsetFlag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ArchiveOutput out = new ArchiveOutput(bytes);

    private String hex() {
        return HexFormat.ofDelimiter(" ").formatHex(bytes.toByteArray());
    }

    @Test
    void intsAreSignByteThenLittleEndianMagnitude() throws IOException {
        out.writeInt(0);
        out.writeInt(30);
        out.writeInt(3468);
        out.writeInt(-1);
        out.writeInt(Integer.MAX_VALUE);
        assertThat(hex()).isEqualTo("00 00 00 00 00 00 1e 00 00 00 00 8c 0d 00 00 01 01 00 00 00 00 ff ff ff 7f");
        assertThat(out.position()).isEqualTo(25);
        assertThatThrownBy(() -> out.writeInt(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringsAreUtf8ByteLengthThenBytesAndNullIsMinusOne() throws IOException {
        out.writeStr(null);
        out.writeStr("");
        out.writeStr("ü😀");
        assertThat(hex()).isEqualTo("01 01 00 00 00 00 00 00 00 00 00 06 00 00 00 c3 bc f0 9f 98 80");
        assertThat(ArchiveOutput.strSize(null)).isEqualTo(5);
        assertThat(ArchiveOutput.strSize("")).isEqualTo(5);
        assertThat(ArchiveOutput.strSize("ü😀")).isEqualTo(11);
        assertThat(ArchiveOutput.strSize("\ud800x")).isEqualTo(7); // lone surrogate is encoded as '?'
    }

    @Test
    void offsetsAreFlagThenEightLittleEndianBytes() throws IOException {
        out.writeOffset(OffsetFlag.POS_SET, 7542);
        out.writeOffset(OffsetFlag.NO_DATA, 0);
        out.writeOffset(OffsetFlag.POS_NOT_SET, 0);
        out.writeOffset(OffsetFlag.POS_SET, 0x0102030405L);
        assertThat(hex()).isEqualTo("02 76 1d 00 00 00 00 00 00 03 00 00 00 00 00 00 00 00 "
                + "01 00 00 00 00 00 00 00 00 02 05 04 03 02 01 00 00 00");
        assertThat(out.position()).isEqualTo(4L * ArchiveOutput.OFFSET_SIZE);
    }

    @Test
    void positionStartsAtTheGivenOffset() throws IOException {
        ArchiveOutput shifted = new ArchiveOutput(bytes, 100);
        shifted.writeByte(1);
        shifted.writeStr("abc");
        assertThat(shifted.position()).isEqualTo(109);
    }
}
