// SOURCE: github.com/pinkmouse/SlayersWorld Server/server/System/WebHook.hpp (static WebHook::sendMsg() does curl_easy_init/perform/cleanup per message) + Server/server/Entities/Player.cpp (the Player constructor and destructor post "Connection : <name>" / "Deconnection" for every login/logout); the world socket loop that creates players is rendered
// LIBRARY: curl
// SHAPE: positive - easy handle created and cleaned up inside a static helper called from a constructor that runs per login, inside the server's packet loop
#include <curl/curl.h>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

class WebHook {
 public:
  static void sendMsg(const std::string &p_URL, const std::string &p_Msg) {
    CURLcode l_Result;
    CURL *l_Curl = nullptr;
    struct curl_slist *list = nullptr;

    l_Curl = curl_easy_init(); // EXPECT-WARN
    if (l_Curl != nullptr) {
      list = curl_slist_append(list, "Content-Type: application/json");
      curl_easy_setopt(l_Curl, CURLOPT_URL, p_URL.c_str());
      curl_easy_setopt(l_Curl, CURLOPT_POST, 1);
      curl_easy_setopt(l_Curl, CURLOPT_HTTPHEADER, list);
      curl_easy_setopt(l_Curl, CURLOPT_POSTFIELDS, p_Msg.c_str());
      l_Result = curl_easy_perform(l_Curl);
      curl_easy_cleanup(l_Curl);
      printf("Result = %d\n", l_Result);
    }
  }
};

static std::string g_WebhookUrl = "https://discord.example/api/webhooks/1";

class Player {
 public:
  Player(unsigned p_ID, const std::string &p_Name) : m_ID(p_ID), m_Name(p_Name) {
    WebHook::sendMsg(g_WebhookUrl, "Connection : " + m_Name + ":" + std::to_string(p_ID));
  }
 private:
  unsigned m_ID;
  std::string m_Name;
};

struct Packet { int opcode; unsigned id; std::string name; };
extern bool ReceivePacket(Packet &p);

int main() {
  std::vector<std::unique_ptr<Player>> players;
  Packet p;
  while (ReceivePacket(p)) {
    if (p.opcode == 1) players.push_back(std::make_unique<Player>(p.id, p.name));
  }
}
