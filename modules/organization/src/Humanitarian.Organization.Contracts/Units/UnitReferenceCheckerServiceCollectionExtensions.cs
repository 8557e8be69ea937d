using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization.Units;

public static class UnitReferenceCheckerServiceCollectionExtensions
{
    /// <summary>
    /// Adds one more <see cref="IUnitReferenceChecker"/>. Registered explicitly, not by a lifetime
    /// marker: the conventional registrar keeps a single implementation per interface.
    /// </summary>
    public static IServiceCollection AddUnitReferenceChecker<TChecker>(this IServiceCollection services)
        where TChecker : class, IUnitReferenceChecker =>
        services.AddTransient<IUnitReferenceChecker, TChecker>();
}
