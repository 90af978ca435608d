package org.timestation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What both command lines (kiosk.jar and admin-console.jar) say about a bad argument: in Chinese
 * and English, what was wrong and what to write instead, never a Java class name; then the
 * command's usage; exit 2. Also the usage, exit 2, when no command is given.
 */
public final class BadArguments implements CommandLine.IParameterExceptionHandler {
    public static final int USAGE = 2;

    /** Installs the handler on {@code cl} (and so on its subcommands). */
    public static CommandLine install(CommandLine cl) {
        cl.setParameterExceptionHandler(new BadArguments());
        return cl;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(explain(ex));
        err.println();
        line.usage(err);
        return USAGE;
    }

    /** The bilingual explanation of one parse problem. */
    public static String explain(ParameterException ex) {
        if (ex.getMessage() != null && ex.getMessage().startsWith("错误：")) {
            return ex.getMessage(); // already said in both languages by the command (see wrong)
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            return "错误：不认识的参数“" + arg + "”。请检查拼写，或用 --help 查看能写什么。 / Error: unknown argument \"" + arg
                    + "\". Check the spelling, or see --help for what can be written.";
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            String name = name(m.getMissing().get(0));
            return "错误：缺少 " + name + "。请加上它。 / Error: " + name + " is missing. Please add it.";
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec != null && ex.getValue() != null) {
            return badValue(name(spec), ex.getValue(), spec.type());
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            String name = name(o.getOverwritten());
            return "错误：" + name + " 只能写一次。 / Error: " + name + " can be given only once.";
        }
        return "错误：参数不对。请用 --help 查看正确的写法。 / Error: the arguments are not right. See --help for how to write them.";
    }

    /** What to say when {@code value} is not a valid {@code type} for {@code option}. */
    public static String badValue(String option, String value, Class<?> type) {
        String zh;
        String en;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            zh = "请写一个整数，例如 12";
            en = "write a whole number, for example 12";
        } else if (type == LocalDate.class) {
            zh = "请写一个日期，格式 年-月-日，例如 2026-11-29";
            en = "write a date as YYYY-MM-DD, for example 2026-11-29";
        } else if (type == YearMonth.class) {
            zh = "请写一个月份，格式 年-月，例如 2026-11";
            en = "write a month as YYYY-MM, for example 2026-11";
        } else if (type == Path.class) {
            zh = "请写一个文件夹或文件的路径";
            en = "write the path of a folder or file";
        } else if (type.isEnum()) {
            StringBuilder options = new StringBuilder();
            for (Object c : type.getEnumConstants()) {
                options.append(options.length() == 0 ? "" : ", ").append(c.toString().toLowerCase(java.util.Locale.ROOT));
            }
            zh = "只能是：" + options;
            en = "it must be one of: " + options;
        } else {
            zh = "请用 --help 查看正确的写法";
            en = "see --help for how to write it";
        }
        return "错误：" + option + " 的值“" + value + "”不对，" + zh + "。 / Error: the value \"" + value + "\" of " + option + " is not right: "
                + en + ".";
    }

    /** A usage error found after parsing (a number out of range, a file where a folder was expected). */
    /** A command of several (keys, devices) given without saying which: what to write after it. */
    public static ParameterException missingSubcommand(CommandLine.Model.CommandSpec spec) {
        String names = String.join(", ", spec.subcommands().keySet());
        return wrong(spec.commandLine(), spec.name() + " 后面要写要做的事：" + names.replace(", ", "、") + "。",
                spec.name() + " needs what to do after it: " + names + ".");
    }

    public static ParameterException wrong(CommandLine line, String zh, String en) {
        return new ParameterException(line, "错误：" + zh + " / Error: " + en);
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec.paramLabel();
    }
}
