package org.timestation.admin.bulletin;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.timestation.admin.staff.Refused;

/** The community's and the issuing station's names as printed (the ledger has none): {@code bulletin.properties} in the data folder. */
public record BulletinNames(String community, String station) {
    public static final String FILE = "bulletin.properties";

    /** The names in {@code dir}'s file, each overridden when given (null: from the file); refused, saying what to write, when one is missing. */
    public static BulletinNames of(Path dir, String community, String station) {
        Properties p = new Properties();
        Path f = dir.resolve(FILE);
        if (Files.exists(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String c = community != null ? community : p.getProperty("community", "");
        String s = station != null ? station : p.getProperty("station", "");
        if (c.isBlank() || s.isBlank()) {
            throw new Refused("还不知道社区和驿站的名称。请在数据文件夹的 " + FILE + " 里写上两行：community=社区名称 和 station=驿站名称"
                    + "（命令行也可以用 --community 和 --station）。", "The community's and the station's names are not set. Put two lines in " + FILE
                    + " in the data folder: community=NAME and station=NAME (or, on the command line, give --community and --station).");
        }
        return new BulletinNames(c.strip(), s.strip());
    }
}
