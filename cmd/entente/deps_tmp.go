package main
import (
 _ "github.com/dgraph-io/badger/v4"
 _ "github.com/graph-gophers/graphql-go"
 _ "github.com/spf13/viper"
 _ "github.com/spf13/cobra"
 _ "github.com/jdkato/prose/v3"
 _ "github.com/schollz/progressbar/v3"
)
func main(){}
