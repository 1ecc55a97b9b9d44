// Greets the user.
int greet() {
  /* ünïcödé */ return 0;
}
