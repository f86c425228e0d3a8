package com.yuanjing.itsm.numbering;

/** Hands out the business keys people use on the phone: {@code INC-2026-000123}. */
public interface BusinessKeys {

  /** The next key for the prefix in the current year; unique and sequential per prefix and year. */
  String next(String prefix);

  static String format(String prefix, int year, long number) {
    return String.format("%s-%d-%06d", prefix, year, number);
  }
}
