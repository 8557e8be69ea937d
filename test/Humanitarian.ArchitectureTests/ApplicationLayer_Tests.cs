using System.Reflection;
using Humanitarian.Framework.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetArchTest.Rules;

namespace Humanitarian.ArchitectureTests;

/// <summary>
/// Application services are the API whoever calls them — a controller, a page, a background job — so
/// their contracts carry no HTTP types and their implementations do not reach for the request; the
/// host sees modules through their contracts, never their entities; pages reach services through their
/// interfaces, the only way the authorization interceptor sees the call.
/// </summary>
public sealed class ApplicationLayer_Tests
{
    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>Every assembly that holds application services: the modules and the host.</summary>
    public static TheoryData<string> ServiceAssemblies() =>
        new(ModuleBoundary_Tests.ModuleNames.Select(m => $"Humanitarian.{m}").Append("Humanitarian.Web"));

    [Theory]
    [MemberData(nameof(ModuleBoundary_Tests.Modules), MemberType = typeof(ModuleBoundary_Tests))]
    public void Should_keep_contracts_free_of_http_types(string module)
    {
        // IFormFile, IActionResult, FileContentResult...: IRemoteStreamContent and DTOs take their place.
        var result = Types.InAssembly(Load($"Humanitarian.{module}.Contracts")).ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http")
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies))]
    public void Should_not_give_application_services_the_http_context(string assembly)
    {
        var services = Types.InAssembly(Load(assembly)).That().ImplementInterface(typeof(IApplicationService))
            .And().AreClasses().GetTypes().ToList();
        var offending = services
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Any(p => p.ParameterType == typeof(IHttpContextAccessor) || p.ParameterType == typeof(HttpContext)))
            .Select(t => t.FullName);

        offending.ShouldBeEmpty();
        if (assembly is "Humanitarian.Organization" or "Humanitarian.Web")
        {
            services.ShouldNotBeEmpty(); // the selection itself must see the services
        }
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies))]
    public void Should_give_page_models_application_service_interfaces_not_classes(string assembly)
    {
        var pages = Types.InAssembly(Load(assembly)).That().Inherit(typeof(PageModel))
            .And().AreClasses().GetTypes().ToList();
        // A service class injected as itself is not proxied: its [Authorize] would not hold for the page.
        var offending = pages
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => p.ParameterType.IsClass && typeof(IApplicationService).IsAssignableFrom(p.ParameterType))
                .Select(p => $"{t.FullName} takes {p.ParameterType.Name}"));

        offending.ShouldBeEmpty();
        if (assembly is "Humanitarian.Organization" or "Humanitarian.Web")
        {
            pages.ShouldNotBeEmpty(); // the selection itself must see the pages
        }
    }

    [Fact]
    public void Should_not_let_the_host_use_module_entities()
    {
        var result = Types.InAssembly(Load("Humanitarian.Web")).ShouldNot()
            .HaveDependencyOnAny(ModuleBoundary_Tests.ModuleNames.Select(m => $"Humanitarian.{m}.Entities").ToArray())
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }
}
