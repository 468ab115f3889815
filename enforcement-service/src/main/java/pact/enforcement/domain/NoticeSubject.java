package pact.enforcement.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a notice is given to. Two notices are to the same subject when both carry a subject id
 * (a company number, say) and the ids agree; otherwise when kind and name (ignoring case and
 * spacing) agree and, for a person, the date of birth too. A name alone never identifies anyone.
 *
 * @param id an identifier of a body or person from an official register, or null
 */
public record NoticeSubject(SubjectKind kind, String name, LocalDate dateOfBirth, String id) {

    public NoticeSubject(SubjectKind kind, String name, LocalDate dateOfBirth) {
        this(kind, name, dateOfBirth, null);
    }

    public boolean sameAs(NoticeSubject other) {
        if (other == null || kind != other.kind) {
            return false;
        }
        if (id != null && other.id != null) {
            return normalised(id).equals(normalised(other.id));
        }
        if (kind == SubjectKind.PERSON && (dateOfBirth == null || other.dateOfBirth == null)) {
            return false;
        }
        return normalised(name).equals(normalised(other.name)) && Objects.equals(dateOfBirth, other.dateOfBirth);
    }

    public static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
