/** Paths the API serves and their methods (for 405 + `Allow`); HEAD is implied by GET, OPTIONS by CORS. */
export const KNOWN_ROUTES: Readonly<Record<string, readonly string[]>> = {
  "/health": ["GET"],
  "/health/ready": ["GET"],
  "/openapi.json": ["GET"],
  "/v1/extract": ["POST"],
};
