return SiteGen.Cli.CommandLine.Run(args, Console.Out, Console.Error);
