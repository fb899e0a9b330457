;; The byte scanner behind the JSON codec's long strings (docs/adr/0003). One function:
;; firstSpecialByte(length, stopAtNonAscii) returns the offset of the first byte in
;; memory[0, length) that cannot stand between JSON quotes as it is: '"', '\\' or a control
;; byte (< 0x20); with stopAtNonAscii = 1, also any byte >= 0x80. Returns -1 when there is none.
;; 64 bytes are tested per step with SIMD; the exact offset is then found byte by byte.
;;
;; Assembled into src/byte-scanner-wasm.ts by `pnpm --filter @automation-engine/messaging
;; assemble-scanner`; a test fails when that file no longer matches this source.
(module
  ;; 4 pages: the 256 KiB the caller copies a range into, one piece at a time.
  (memory (export "memory") 4)
  (func (export "firstSpecialByte") (param $length i32) (param $stopAtNonAscii i32) (result i32)
    (local $at i32)
    (local $byte i32)
    (local $highBitByte i32)
    (local $v v128)
    (local $found v128)
    (local $quote v128)
    (local $backslash v128)
    (local $space v128)
    (local $highBit v128)
    (local.set $highBitByte (select (i32.const 0x80) (i32.const 0) (local.get $stopAtNonAscii)))
    (local.set $quote (i8x16.splat (i32.const 0x22)))
    (local.set $backslash (i8x16.splat (i32.const 0x5c)))
    (local.set $space (i8x16.splat (i32.const 0x20)))
    (local.set $highBit (i8x16.splat (local.get $highBitByte)))
    (block $exact
      (loop $blocks
        (br_if $exact (i32.gt_u (i32.add (local.get $at) (i32.const 64)) (local.get $length)))
        (local.set $found (v128.const i64x2 0 0))
        (local.set $v (v128.load offset=0 (local.get $at)))
        (local.set $found
          (v128.or (local.get $found)
            (v128.or
              (v128.or (i8x16.eq (local.get $v) (local.get $quote))
                       (i8x16.eq (local.get $v) (local.get $backslash)))
              (v128.or (i8x16.lt_u (local.get $v) (local.get $space))
                       (v128.and (local.get $v) (local.get $highBit))))))
        (local.set $v (v128.load offset=16 (local.get $at)))
        (local.set $found
          (v128.or (local.get $found)
            (v128.or
              (v128.or (i8x16.eq (local.get $v) (local.get $quote))
                       (i8x16.eq (local.get $v) (local.get $backslash)))
              (v128.or (i8x16.lt_u (local.get $v) (local.get $space))
                       (v128.and (local.get $v) (local.get $highBit))))))
        (local.set $v (v128.load offset=32 (local.get $at)))
        (local.set $found
          (v128.or (local.get $found)
            (v128.or
              (v128.or (i8x16.eq (local.get $v) (local.get $quote))
                       (i8x16.eq (local.get $v) (local.get $backslash)))
              (v128.or (i8x16.lt_u (local.get $v) (local.get $space))
                       (v128.and (local.get $v) (local.get $highBit))))))
        (local.set $v (v128.load offset=48 (local.get $at)))
        (local.set $found
          (v128.or (local.get $found)
            (v128.or
              (v128.or (i8x16.eq (local.get $v) (local.get $quote))
                       (i8x16.eq (local.get $v) (local.get $backslash)))
              (v128.or (i8x16.lt_u (local.get $v) (local.get $space))
                       (v128.and (local.get $v) (local.get $highBit))))))
        (br_if $exact (v128.any_true (local.get $found)))
        (local.set $at (i32.add (local.get $at) (i32.const 64)))
        (br $blocks)))
    (block $none
      (loop $bytes
        (br_if $none (i32.ge_u (local.get $at) (local.get $length)))
        (local.set $byte (i32.load8_u (local.get $at)))
        (if (i32.or
              (i32.or (i32.eq (local.get $byte) (i32.const 0x22))
                      (i32.eq (local.get $byte) (i32.const 0x5c)))
              (i32.or (i32.lt_u (local.get $byte) (i32.const 0x20))
                      (i32.and (local.get $byte) (local.get $highBitByte))))
          (then (return (local.get $at))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $bytes)))
    (i32.const -1)))
