using Humanitarian.Framework.Application;
using Humanitarian.Framework.Http.Modeling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Framework.AspNetCore.Mvc.ApiExploring;

/// <summary>
/// ABP's <c>/api/abp/api-definition</c>: every API action with its HTTP method, URL, parameters and
/// return type, and with <c>?includeTypes=true</c> the DTOs and enums they use. ABP's proxy generators
/// (<c>abp generate-proxy</c>, <c>@abp/ng.schematics</c>) read it. It describes the API, not data: anonymous.
/// </summary>
[ApiController]
[Route("api/abp/api-definition")]
[AllowAnonymous]
[RemoteService(Name = "abp")]
public sealed class AbpApiDefinitionController(AspNetCoreApiDescriptionModelProvider provider) : ControllerBase
{
    [HttpGet]
    public ApplicationApiDescriptionModel Get([FromQuery] ApplicationApiDescriptionModelRequestDto model) =>
        provider.CreateApiModel(model);
}
