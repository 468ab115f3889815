package pact.tasking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A police officer or council officer who can be tasked. */
@Entity
public class Officer extends PanacheEntityBase {
    @Id
    public UUID id;

    /** Collar number for police, staff number for council officers. */
    @Column(name = "staff_number")
    public String staffNumber;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    public OfficerRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "patrol_mode")
    public PatrolMode mode;

    @Enumerated(EnumType.STRING)
    public Team team;

    /** The officer's user name in the pact realm, when linked; null for officers without a login. */
    public String login;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public Set<Power> powers() {
        return organisation.powers();
    }
}
