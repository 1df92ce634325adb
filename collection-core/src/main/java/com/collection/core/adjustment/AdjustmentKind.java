package com.collection.core.adjustment;

/** Why a bill is lowered: a waiver (减免), compensation settling a dispute (补偿), a correction (更正). */
public enum AdjustmentKind {
  WAIVER, COMPENSATION, CORRECTION
}
