package nl.naober.platform.users;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.naober.kernel.Role;

/** Stores a role by its token code ({@code supporter}), so database and tokens speak alike. */
@Converter
class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.fromCode(code).orElseThrow();
    }
}
