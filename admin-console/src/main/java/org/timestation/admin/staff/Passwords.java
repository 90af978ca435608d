package org.timestation.admin.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Staff passwords, stored as Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane) with a random
 * 16-byte salt each: {@code a2id$m=19456,t=2,p=1$<salt>$<hash>}. The parameters are read back from
 * the stored form, so they can be raised later without breaking old passwords.
 */
public final class Passwords {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    /** The shortest password taken: a phrase, not a PIN. */
    public static final int MIN_LENGTH = 10;

    private Passwords() {
    }

    /** Why {@code password} is not good enough (both languages), or null. */
    public static String weakness(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "密码至少要 " + MIN_LENGTH + " 个字符，可以是一句好记的话。 / A password has at least " + MIN_LENGTH + " characters; a phrase you remember is good.";
        }
        if (password.chars().distinct().count() < 4) {
            return "密码太简单了（重复的字符太多）。请换一个。 / The password is too simple (too many repeated characters). Choose another.";
        }
        return null;
    }

    public static String hash(String password, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "a2id$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + b64(salt) + "$"
                + b64(argon(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM));
    }

    /** True when {@code password} is the one {@code stored} was made from; false for anything unreadable. */
    public static boolean matches(String password, String stored) {
        try {
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !parts[0].equals("a2id")) {
                return false;
            }
            int m = 0;
            int t = 0;
            int p = 0;
            for (String kv : parts[1].split(",")) {
                String[] x = kv.split("=");
                int v = Integer.parseInt(x[1]);
                switch (x[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return false;
                    }
                }
            }
            if (m < 8 || m > 1 << 21 || t < 1 || t > 20 || p < 1 || p > 16) {
                return false; // a stored form someone edited to cost nothing, or to cost the machine
            }
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, argon(password, Base64.getDecoder().decode(parts[2]), m, t, p));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static byte[] argon(String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).withSalt(salt).build());
        byte[] out = new byte[32];
        g.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }
}
