/* assets.c: the dashboard's files, built into the binary from web/ by
 * cmake/embed_assets.cmake (web/ASSETS lists the npm files it adds). */
#include <string.h>

#include "serve/assets_data.h"
#include "serve/serve.h"

const serve_asset *serve_asset_find(const char *name)
{
    for (size_t k = 0; k < sizeof serve_assets / sizeof serve_assets[0]; k++)
        if (serve_assets[k].name && !strcmp(serve_assets[k].name, name))
            return &serve_assets[k];
    return NULL;
}
