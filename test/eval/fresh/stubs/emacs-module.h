/* Minimal stand-in for Emacs' emacs-module.h (the dynamic-module API), enough for the cases;
 * emacs-module.h is not installed here. Member names follow upstream. */
#pragma GCC system_header
#ifndef FRESH_STUB_EMACS_MODULE_H
#define FRESH_STUB_EMACS_MODULE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef struct emacs_value_tag *emacs_value;
typedef struct emacs_env_25 emacs_env;
struct emacs_runtime {
  ptrdiff_t size;
  emacs_env *(*get_environment)(struct emacs_runtime *ert);
};
struct emacs_env_25 {
  ptrdiff_t size;
  void (*non_local_exit_signal)(emacs_env *env, emacs_value non_local_exit_symbol, emacs_value non_local_exit_data);
  emacs_value (*intern)(emacs_env *env, const char *symbol_name);
  emacs_value (*funcall)(emacs_env *env, emacs_value function, ptrdiff_t nargs, emacs_value *args);
  bool (*is_not_nil)(emacs_env *env, emacs_value value);
  emacs_value (*make_integer)(emacs_env *env, intmax_t value);
  emacs_value (*make_float)(emacs_env *env, double value);
  bool (*copy_string_contents)(emacs_env *env, emacs_value value, char *buffer, ptrdiff_t *size_inout);
  emacs_value (*make_string)(emacs_env *env, const char *contents, ptrdiff_t length);
  emacs_value (*make_user_ptr)(emacs_env *env, void (*fin)(void *), void *ptr);
  void *(*get_user_ptr)(emacs_env *env, emacs_value uptr);
};
#endif
