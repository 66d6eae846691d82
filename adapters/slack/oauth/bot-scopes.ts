/** The bot scopes an OAuth install asks for: the manifests' (manifest.test.ts keeps them equal). */
export const BOT_SCOPES = ["commands", "chat:write", "chat:write.public", "im:write", "users:read", "files:write"];
