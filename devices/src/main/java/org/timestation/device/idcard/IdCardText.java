package org.timestation.device.idcard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The 256-byte text block of an ID card (UCS-2 little endian, space padded): name 30, gender code 2,
 * nation code 4, birth date 16 (YYYYMMDD), address 70, ID number 36, issuing authority 30, valid
 * from 16, valid to 16 (a date or 长期), then reserved bytes. The photo after it is vendor-encoded
 * and never decoded or kept.
 */
public record IdCardText(String name, String genderCode, String nationCode, LocalDate birth, String address, String idNumber,
                         String authority, String validFrom, String validTo) {
    public static final int LENGTH = 256;
    private static final int[] FIELDS = {30, 2, 4, 16, 70, 36, 30, 16, 16};

    public static IdCardText parse(byte[] block) throws SamProtocolException {
        if (block.length < LENGTH) {
            throw new SamProtocolException("text block too short: " + block.length);
        }
        String[] f = new String[FIELDS.length];
        int pos = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            f[i] = new String(Arrays.copyOfRange(block, pos, pos + FIELDS[i]), StandardCharsets.UTF_16LE).strip();
            pos += FIELDS[i];
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(f[3].substring(0, 4)), Integer.parseInt(f[3].substring(4, 6)), Integer.parseInt(f[3].substring(6, 8)));
        } catch (RuntimeException e) { // a short field, not digits, or no such date
            throw new SamProtocolException("bad birth date " + f[3]);
        }
        return new IdCardText(f[0], f[1], f[2], birth, f[4], f[5], f[6], f[7], f[8]);
    }

    /** The block for these fields (the simulator writes cards with it). */
    public byte[] encode() {
        byte[] out = new byte[LENGTH];
        Arrays.fill(out, (byte) 0);
        String[] f = {name, genderCode, nationCode, String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()),
            address, idNumber, authority, validFrom, validTo};
        int pos = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            StringBuilder padded = new StringBuilder(f[i]);
            while (padded.length() * 2 < FIELDS[i]) {
                padded.append(' ');
            }
            byte[] b = padded.toString().getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(b, 0, out, pos, Math.min(b.length, FIELDS[i]));
            pos += FIELDS[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "IdCardText[" + name + ", " + org.timestation.member.IdNumber.mask(idNumber) + "]"; // never the number in clear, even in a log
    }
}
