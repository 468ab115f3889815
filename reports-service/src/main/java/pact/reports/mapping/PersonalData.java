package pact.reports.mapping;

import java.util.Set;
import pact.reports.domain.Report;
import pact.reports.domain.VulnerabilityFlag;

/** The personal data of a report, shown only to roles that need it and only with a stated reason. */
public record PersonalData(Contact reporter, Contact victim, Set<VulnerabilityFlag> vulnerabilityFlags) {

    static PersonalData of(Report r) {
        return new PersonalData(new Contact(r.reporterName, r.reporterEmail, r.reporterPhone),
                new Contact(r.victimName, r.victimContact, null), r.vulnerabilityFlags);
    }
}
