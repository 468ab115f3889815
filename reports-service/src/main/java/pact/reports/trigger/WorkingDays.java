package pact.reports.trigger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Counts working days: Monday to Friday, less the bank holidays of England and Wales. */
public final class WorkingDays {
    private final Set<LocalDate> bankHolidays;
    private final LocalDate knownUntil;

    public WorkingDays(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.knownUntil = bankHolidays.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    /** The holidays published in {@code bank-holidays-england-and-wales.csv}. */
    public static WorkingDays englandAndWales() {
        Set<LocalDate> dates = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                WorkingDays.class.getResourceAsStream("/bank-holidays-england-and-wales.csv")),
                StandardCharsets.UTF_8))) {
            in.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> dates.add(LocalDate.parse(l.split(",")[0])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDays(dates);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(date);
    }

    /** The date {@code days} working days after {@code start} (the start day itself not counted). */
    public LocalDate plus(LocalDate start, int days) {
        if (start.getYear() > knownUntil.getYear()) {
            throw new IllegalStateException("Bank holidays are known only until " + knownUntil
                    + "; add the next years to bank-holidays-england-and-wales.csv");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
