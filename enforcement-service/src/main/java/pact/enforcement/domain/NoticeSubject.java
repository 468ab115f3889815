package pact.enforcement.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Who a notice is given to; two notices are to the same subject when kind, name (ignoring case and spacing) and date of birth agree. */
public record NoticeSubject(SubjectKind kind, String name, LocalDate dateOfBirth) {

    public boolean sameAs(NoticeSubject other) {
        return other != null && kind == other.kind && normalised(name).equals(normalised(other.name))
                && Objects.equals(dateOfBirth, other.dateOfBirth);
    }

    public static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
