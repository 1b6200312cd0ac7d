package nl.naober.platform.volunteers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The municipality's choice whether a kind of work needs a valid VOG. */
@Entity
@Table(name = "volunteer_work_kind")
class WorkKindSetting {

    @Id
    @Enumerated(EnumType.STRING)
    private WorkKind kind;

    private boolean vogRequired;

    protected WorkKindSetting() {
    }

    WorkKindSetting(WorkKind kind, boolean vogRequired) {
        this.kind = kind;
        this.vogRequired = vogRequired;
    }

    WorkKind kind() {
        return kind;
    }

    boolean vogRequired() {
        return vogRequired;
    }

    void require(boolean required) {
        this.vogRequired = required;
    }
}
