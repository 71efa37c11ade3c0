#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

namespace hms::server {

class AuthService;

class AuthApi
{
public:
    explicit AuthApi(AuthService &auth);

    HttpResponse login(RequestContext &context);
    HttpResponse logout(RequestContext &context);
    HttpResponse me(RequestContext &context);
    HttpResponse changePassword(RequestContext &context);

private:
    AuthService &m_auth;
};

} // namespace hms::server
