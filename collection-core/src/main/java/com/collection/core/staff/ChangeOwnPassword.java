package com.collection.core.staff;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in staff member replaces their password (required after a one-time password). */
@Service
public class ChangeOwnPassword {

  private final StaffMembers staff;
  private final PasswordHasher hasher;
  private final Audit audit;

  public ChangeOwnPassword(StaffMembers staff, PasswordHasher hasher, Audit audit) {
    this.staff = staff;
    this.hasher = hasher;
    this.audit = audit;
  }

  @Transactional
  public StaffMember change(long staffId, String currentPassword, String newPassword,
      String repeated) {
    StaffMember member = staff.byId(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
    if (!Objects.equals(newPassword, repeated)) {
      throw DomainException.onField("repeatPassword", "staff.password.mismatch");
    }
    StaffMember saved = staff.save(member.changePassword(currentPassword, newPassword, hasher));
    audit.of(AuditAction.STAFF_PASSWORD_CHANGED, staffId).by(staffId).write(Changes.none()
        .change("mustChangePassword", member.mustChangePassword(), saved.mustChangePassword()));
    return saved;
  }
}
