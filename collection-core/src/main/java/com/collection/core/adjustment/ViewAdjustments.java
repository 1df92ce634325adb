package com.collection.core.adjustment;

import com.collection.core.estate.EstateDirectory;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' list of pending requests, and a unit's adjustments for its page. */
@Service
@Transactional(readOnly = true)
public class ViewAdjustments {

  private final Adjustments adjustments;
  private final EstateDirectory directory;

  public ViewAdjustments(Adjustments adjustments, EstateDirectory directory) {
    this.adjustments = adjustments;
    this.directory = directory;
  }

  public Page<AdjustmentView> pending(Viewer viewer, PageRequest page) {
    if (!viewer.seesAllBuildings()) {
      throw new AccessRefusedException();
    }
    return adjustments.pending(page);
  }

  public long pendingCount() {
    return adjustments.pendingCount();
  }

  public List<AdjustmentView> ofUnit(long unitId, Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    return adjustments.ofUnit(unitId);
  }

  public AdjustmentView one(long adjustmentId, Viewer viewer) {
    Adjustment adjustment = adjustments.byId(adjustmentId)
        .orElseThrow(() -> new NotFoundException("adjustment", adjustmentId));
    return ofUnit(adjustment.unitId(), viewer).stream().filter(v -> v.adjustment().id() == adjustmentId)
        .findFirst().orElseThrow(() -> new NotFoundException("adjustment", adjustmentId));
  }
}
