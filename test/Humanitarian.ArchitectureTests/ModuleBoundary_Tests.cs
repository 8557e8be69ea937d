using System.Reflection;
using Humanitarian.Framework.Modularity;
using Humanitarian.Web;
using NetArchTest.Rules;

namespace Humanitarian.ArchitectureTests;

/// <summary>A module sees another module only through its Contracts (ARCHITECTURE.md, "Rules of the house").</summary>
public sealed class ModuleBoundary_Tests
{
    public static readonly string[] ModuleNames = ["Organization", "Campaigns", "Beneficiaries", "Fundraising", "Awards"];

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    private static IEnumerable<string> HumanitarianReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Humanitarian", StringComparison.Ordinal));

    public static TheoryData<string> Modules() => new(ModuleNames);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Should_reference_other_modules_only_through_their_contracts(string module)
    {
        var allowed = new HashSet<string> { "Humanitarian.Framework", "Humanitarian.Framework.Abstractions" };
        allowed.UnionWith(ModuleNames.Select(m => $"Humanitarian.{m}.Contracts"));
        HumanitarianReferences(Load($"Humanitarian.{module}")).ShouldAllBe(r => allowed.Contains(r));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Should_keep_contracts_free_of_implementations(string module)
    {
        var allowed = new HashSet<string> { "Humanitarian.Framework.Abstractions" };
        allowed.UnionWith(ModuleNames.Select(m => $"Humanitarian.{m}.Contracts"));
        var contracts = Load($"Humanitarian.{module}.Contracts");
        HumanitarianReferences(contracts).ShouldAllBe(r => allowed.Contains(r));

        var result = Types.InAssembly(contracts).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Humanitarian.Framework.EntityFrameworkCore", "Humanitarian.Web")
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_let_the_framework_know_any_module_or_the_host()
    {
        foreach (var framework in new[] { "Humanitarian.Framework", "Humanitarian.Framework.Abstractions" })
        {
            HumanitarianReferences(Load(framework)).ShouldAllBe(r => r.StartsWith("Humanitarian.Framework", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Should_load_every_module_into_the_host()
    {
        var loaded = DependedModules(typeof(HumanitarianWebModule)).Select(t => t.Assembly.GetName().Name).ToHashSet();
        foreach (var module in ModuleNames)
        {
            loaded.ShouldContain($"Humanitarian.{module}");
            loaded.ShouldContain($"Humanitarian.{module}.Contracts");
        }
    }

    private static IEnumerable<Type> DependedModules(Type module) =>
        new[] { module }.Concat(module.GetCustomAttributes<DependsOnAttribute>()
            .SelectMany(d => d.DependedTypes).SelectMany(DependedModules)).Distinct();
}
