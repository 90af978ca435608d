package org.timestation.admin.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timestation.catalogue.ServiceType;
import org.timestation.community.Community;
import org.timestation.credit.AccountId;
import org.timestation.credit.CreditEvent;
import org.timestation.credit.Leg;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.funds.FundsEntry;
import org.timestation.funds.FundsService;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.HybridLogicalClock;
import org.timestation.member.Member;
import org.timestation.proxy.ProxyAct;
import org.timestation.text.Text;
import org.timestation.volunteer.Tier;

/**
 * The tables staff, merchants and the residents' committee ask for, as CSV for Excel (UTF-8 with a BOM,
 * Chinese headers): each a month's (or the whole roster's) rows worked out from the ledger. Names are
 * masked (王*英) and phones too; member numbers identify.
 */
public final class Reports {
    /** Every report: its file name stem, and whether it is for a month. */
    public enum Kind {
        MOVEMENTS("流水", true), ROSTER("会员名册", false), MONTHLY("月度概况", false), SERVICES("各类服务时长", true),
        INACTIVE("不活跃会员", false), FUNDS("资金明细", true), PROXY("代办记录", true), DISPUTES("纠纷时限记录", true);

        private final String title;
        private final boolean monthly;

        Kind(String title, boolean monthly) {
            this.title = title;
            this.monthly = monthly;
        }

        public String title() {
            return title;
        }

        public boolean monthly() {
            return monthly;
        }

        public String cli() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A report's headers and rows. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    /** How long without helping or asking makes a member inactive. */
    public static final Duration INACTIVE_AFTER = Duration.ofDays(90);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Reports() {
    }

    /** The words of the reports: Chinese, as the committee and Excel users read them. */
    private static final org.timestation.admin.ui.ConsoleText ZH = zh();

    private static org.timestation.admin.ui.ConsoleText zh() {
        org.timestation.admin.ui.ConsoleText t = new org.timestation.admin.ui.ConsoleText();
        t.locale().set(Text.ZH);
        return t;
    }

    /** The report {@code kind} for {@code month} (ignored by the reports that are not monthly). */
    public static Table build(Community c, Kind kind, YearMonth month, Instant now) {
        ZoneId zone = c.policy().current().zoneId();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return switch (kind) {
            case MOVEMENTS -> movements(c, zone, from, to);
            case ROSTER -> roster(c, zone);
            case MONTHLY -> monthly(c, zone, YearMonth.from(now.atZone(zone)));
            case SERVICES -> services(c, from, to);
            case INACTIVE -> inactive(c, zone, now);
            case FUNDS -> funds(c, zone, from, to);
            case PROXY -> proxy(c, zone, month);
            case DISPUTES -> disputes(c, zone, from, to);
        };
    }

    private static Table movements(Community c, ZoneId zone, long from, long to) {
        Map<String, Request> requests = new HashMap<>();
        c.inspect(s -> {
            s.exchanges().all().forEach(r -> requests.put(r.id(), r));
            return null;
        });
        List<List<String>> rows = new ArrayList<>();
        c.store().forEachEventInHybridOrder(HybridLogicalClock.of(from, 0), (e, arrival) -> {
            long at = HybridLogicalClock.millis(e.hlc());
            if (at >= to || !e.type().equals("credit.moved")) {
                return;
            }
            CreditEvent.Moved m = EventCodec.decode(CreditEvent.Moved.class, e.payload());
            Request r = m.ref() == null ? null : requests.get(m.ref());
            for (Leg leg : m.legs()) {
                rows.add(List.of(MINUTE.format(Instant.ofEpochMilli(at).atZone(zone)), account(c, leg.from()), account(c, leg.to()),
                        ZH.t("movement." + m.kind().name().toLowerCase(Locale.ROOT)),
                        r == null ? "" : Text.CORE.get(Text.ZH, r.service().textKey()), Long.toString(leg.minutes().value()),
                        m.proxy() == null ? "否" : "是"));
            }
        });
        return new Table(List.of("日期", "转出", "转入", "类别", "服务", "时长（分钟）", "楼长代办"), rows);
    }

    private static String account(Community c, AccountId a) {
        if (a.equals(AccountId.ISSUANCE)) {
            return "发行";
        }
        if (a.equals(AccountId.POOL)) {
            return "互助基金";
        }
        String v = a.value();
        int colon = v.indexOf(':');
        String id = colon < 0 ? v : v.substring(colon + 1);
        if (v.startsWith("member:")) {
            return c.members().byId(id).map(m -> m.maskedName() + " " + m.id()).orElse(id);
        }
        if (v.startsWith("settlement:")) {
            return c.merchants().merchant(id).map(m -> m.shopName()).orElse(id) + "（结算）";
        }
        return v;
    }

    private static Table roster(Community c, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        c.inspect(s -> {
            for (Member m : s.members().all()) {
                AccountId acc = AccountId.member(m.id());
                long balance = s.credits().exists(acc) ? s.credits().balance(acc).value() : 0;
                Tier tier = Tier.of(s.exchanges().stats(m.id()).earnedMinutes(), s.policy().get());
                rows.add(List.of(m.id(), m.maskedName(), m.phone() == null ? "" : m.phone().masked(), ZH.roles(m.roles()),
                        hours(balance), ZH.t("tier." + tier.name().toLowerCase(Locale.ROOT)),
                        DAY.format(Instant.ofEpochMilli(m.registeredAt()).atZone(zone))));
            }
            return null;
        });
        rows.sort(java.util.Comparator.comparing(r -> r.get(0)));
        return new Table(List.of("会员号", "姓名", "手机号", "身份", "余额（小时）", "志工等级", "注册日期"), rows);
    }

    private static Table monthly(Community c, ZoneId zone, YearMonth last) {
        List<List<String>> rows = new ArrayList<>();
        c.inspect(s -> {
            for (int i = 11; i >= 0; i--) {
                YearMonth m = last.minusMonths(i);
                long from = m.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
                long to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
                long fresh = s.members().all().stream().filter(x -> x.registeredAt() >= from && x.registeredAt() < to).count();
                long done = 0;
                long minutes = 0;
                for (Request r : s.exchanges().all()) {
                    if (r.state() == ExchangeState.SETTLED && r.endedAt() >= from && r.endedAt() < to) {
                        done++;
                        minutes += r.confirmedMinutes();
                    }
                }
                rows.add(List.of(m.toString(), Long.toString(fresh), Long.toString(done), hours(minutes)));
            }
            return null;
        });
        return new Table(List.of("月份", "新会员", "完成的互助", "互助时长（小时）"), rows);
    }

    private static Table services(Community c, long from, long to) {
        Map<ServiceType, long[]> by = new EnumMap<>(ServiceType.class);
        c.inspect(s -> {
            for (Request r : s.exchanges().all()) {
                if (r.postedAt() >= from && r.postedAt() < to) {
                    by.computeIfAbsent(r.service(), k -> new long[3])[0]++;
                }
                if (r.state() == ExchangeState.SETTLED && r.endedAt() >= from && r.endedAt() < to) {
                    long[] n = by.computeIfAbsent(r.service(), k -> new long[3]);
                    n[1]++;
                    n[2] += r.confirmedMinutes();
                }
            }
            return null;
        });
        List<List<String>> rows = new ArrayList<>();
        by.forEach((service, n) -> rows.add(List.of(Text.CORE.get(Text.ZH, service.textKey()), Long.toString(n[0]), Long.toString(n[1]), hours(n[2]))));
        return new Table(List.of("服务", "求助", "完成", "时长（小时）"), rows);
    }

    private static Table inactive(Community c, ZoneId zone, Instant now) {
        long since = now.toEpochMilli() - INACTIVE_AFTER.toMillis();
        List<List<String>> rows = new ArrayList<>();
        c.inspect(s -> {
            Map<String, Long> last = new HashMap<>();
            for (Request r : s.exchanges().all()) {
                long at = Math.max(r.postedAt(), Math.max(r.startedAt(), r.endedAt()));
                last.merge(r.requesterId(), at, Math::max);
                if (r.volunteerId() != null) {
                    last.merge(r.volunteerId(), at, Math::max);
                }
            }
            for (Member m : s.members().all()) {
                long l = Math.max(last.getOrDefault(m.id(), 0L), m.registeredAt());
                if (l < since) {
                    AccountId acc = AccountId.member(m.id());
                    rows.add(List.of(m.id(), m.maskedName(), m.phone() == null ? "" : m.phone().masked(),
                            last.containsKey(m.id()) ? DAY.format(Instant.ofEpochMilli(last.get(m.id())).atZone(zone)) : "从未",
                            hours(s.credits().exists(acc) ? s.credits().balance(acc).value() : 0)));
                }
            }
            return null;
        });
        rows.sort(java.util.Comparator.comparing(r -> r.get(0)));
        return new Table(List.of("会员号", "姓名", "手机号", "最后一次互助", "余额（小时）"), rows);
    }

    private static Table funds(Community c, ZoneId zone, long from, long to) {
        List<List<String>> rows = new ArrayList<>();
        for (FundsEntry f : c.funds().entries()) {
            if (f.at() >= from && f.at() < to) {
                long cash = f.cashEffect();
                rows.add(List.of(DAY.format(Instant.ofEpochMilli(f.at()).atZone(zone)), Text.CORE.get(Text.ZH, f.kind().key()), f.description(),
                        f.voucherRef() == null ? "" : f.voucherRef(), (cash < 0 ? "-" : "") + FundsService.yuan(Math.abs(cash)),
                        String.join("、", f.approvers().stream().map(a -> c.members().byId(a).map(Member::maskedName).orElse(a)).toList())));
            }
        }
        return new Table(List.of("日期", "类别", "用途", "凭证号", "金额（元）", "审批人"), rows);
    }

    private static Table proxy(Community c, ZoneId zone, YearMonth month) {
        List<List<String>> rows = new ArrayList<>();
        for (ProxyAct a : c.proxies().monthlyReport(month)) {
            rows.add(List.of(MINUTE.format(Instant.ofEpochMilli(a.at()).atZone(zone)), name(c, a.captainId()), name(c, a.elderId()),
                    ZH.t("proxy.kind-" + a.kind().name().toLowerCase(Locale.ROOT)), a.ref() == null ? "" : a.ref(),
                    a.identifiedBy() == null ? "" : ZH.t("proxy.by-" + a.identifiedBy().name().toLowerCase(Locale.ROOT))));
        }
        return new Table(List.of("时间", "楼长", "老人", "事项", "关联单号", "老人核验方式"), rows);
    }

    private static Table disputes(Community c, ZoneId zone, long from, long to) {
        List<List<String>> rows = new ArrayList<>();
        c.inspect(s -> {
            long respond = Duration.ofMinutes(s.policy().get().disputeRespondMinutes()).toMillis();
            long resolve = Duration.ofHours(s.policy().get().disputeResolveHours()).toMillis();
            for (Request r : s.exchanges().all()) {
                Request.Dispute d = r.dispute();
                if (d == null || d.openedAt() >= to || (d.resolvedAt() != 0 && d.resolvedAt() < from)) {
                    continue;
                }
                boolean respondedInTime = d.respondedAt() != 0 && d.respondedAt() - d.openedAt() <= respond;
                boolean resolvedInTime = d.resolvedAt() != 0 && d.resolvedAt() - d.openedAt() <= resolve;
                rows.add(List.of(r.id(), Text.CORE.get(Text.ZH, r.service().textKey()), when(d.openedAt(), zone), when(d.respondedAt(), zone),
                        when(d.resolvedAt(), zone), d.outcome() == null ? "" : d.outcome(), respondedInTime ? "是" : "否",
                        d.resolvedAt() == 0 ? "未解决" : resolvedInTime ? "是" : "否"));
            }
            return null;
        });
        return new Table(List.of("求助号", "服务", "提出时间", "首次回应", "解决时间", "结果", "按时回应", "按时解决"), rows);
    }

    private static String when(long at, ZoneId zone) {
        return at == 0 ? "" : MINUTE.format(Instant.ofEpochMilli(at).atZone(zone));
    }

    private static String name(Community c, String id) {
        return c.members().byId(id).map(m -> m.maskedName() + " " + m.id()).orElse(id);
    }

    static String hours(long minutes) {
        return org.timestation.credit.Minutes.of(minutes).hours();
    }
}
